package cn.gov.disclosure.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.security.Roles;
import cn.gov.disclosure.statistics.StatisticsService;

/**
 * The whole annual report (CONTRACT.md "The whole annual report"): what the office writes of it,
 * and the report itself as a Word file, a web page and a PDF.
 */
@Path("/api/reports/{year}")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Tag(name = "Annual report", description = "The whole 政府信息公开工作年度报告: sections 一, 二, 五 and 六 as the office"
        + " writes them, 三 and 四 from the statistics, the fees of the year derived for 六, and the report as Word,"
        + " web page and PDF.")
public class ReportResource {

    private static final String EXPORT = "Title, opening paragraph with the statistics period, sections 一 to 六 with"
            + " their headings, the tables of 二, 三 and 四 laid out as published (三 and 四 as published once the year"
            + " is published). When checks fail the report says which after section 六, and the header `"
            + ReportFiles.FAILING_CHECKS + "` names their rules; nothing is refused.";

    @Inject
    ReportService reports;

    @Inject
    ReportFiles files;

    @PathParam("year")
    String year;

    @Parameter(description = "The agency; an office user's own when left out, an admin must name one")
    @QueryParam("agency")
    String agency;

    @Parameter(description = "Consolidate over every agency below it: tables and section 二 summed, texts its own",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("includeSubordinates")
    String includeSubordinates;

    @GET
    @Operation(summary = "What the office wrote of the year's report, the fees derived for 六, and the checks")
    public ReportView read() {
        return reports.view(scope());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep the agency's texts of 一, 五 and 六 and its figures of 二 for the year",
            description = "Replaces what was kept. Figures are whole numbers, 0 or more; the fee amount is in 万元 with"
                    + " at most two decimals. A figure left out is not keyed in yet. Answers as the `GET` does.")
    public ReportView save(@Valid @NotNull ReportTexts texts) {
        return reports.save(scope(), texts);
    }

    @GET
    @Path("report.docx")
    @Produces(ReportFiles.DOCX)
    @Operation(summary = "The whole report as an editable Word file", description = EXPORT)
    public Response docx() {
        return files.docxDownload(reports.document(scope()));
    }

    @GET
    @Path("report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The whole report as a self-contained, printable web page", description = EXPORT)
    public Response html() {
        return files.htmlDownload(reports.document(scope()));
    }

    @GET
    @Path("report.pdf")
    @Produces(ReportFiles.PDF)
    @Operation(summary = "The whole report as a PDF with its fonts embedded", description = EXPORT)
    public Response pdf() {
        return files.pdfDownload(reports.document(scope()));
    }

    private StatisticsService.Scope scope() {
        return reports.scope(year, agency, includeSubordinates);
    }
}
