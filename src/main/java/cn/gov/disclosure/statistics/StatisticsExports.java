package cn.gov.disclosure.statistics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.common.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The annual table as the report prints it (CSV, XLSX, the printable page), for the API and the
 * web application alike; only where a figure's drill-down link leads differs between them.
 */
@ApplicationScoped
public class StatisticsExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate(basePath = "statistics")
    static class Templates {

        static native TemplateInstance table(String heading, AnnualTable table, List<ReportGrid> sections,
                String cellLink);
    }

    /** One table ready to print: its figures, its title and both sections laid out as published. */
    public record Export(AnnualTable table, String heading, List<ReportGrid> sections, String fileName) {
    }

    @Inject
    StatisticsService statistics;

    /** The table as it stands now, or ({@code asPublished}) exactly as published. */
    public Export export(StatisticsService.Scope scope, boolean asPublished) {
        AnnualTable table = asPublished ? statistics.published(scope) : statistics.current(scope);
        String heading = scope.agency().name + (scope.includeSubordinates() ? "（含下级机关）" : "") + scope.year()
                + "年政府信息公开工作年度报告" + (asPublished ? "（已公布）" : "");
        String fileName = scope.agency().code + "-" + scope.year() + (scope.includeSubordinates() ? "-consolidated" : "")
                + (asPublished ? "-published" : "");
        return new Export(table, heading, List.of(ReportGrid.sectionThree(table), ReportGrid.sectionFour(table)),
                fileName);
    }

    /** The table as the whole annual report prints it: as published once the year is published, else as it stands. */
    public Export asReported(StatisticsService.Scope scope) {
        return export(scope, statistics.isPublished(scope));
    }

    public Response csv(Export export) {
        return download(SpreadsheetExports.csv(export.heading(), export.sections()), export, "csv",
                "text/csv; charset=UTF-8");
    }

    public Response xlsx(Export export) {
        return download(SpreadsheetExports.xlsx(export.heading(), export.sections()), export, "xlsx", XLSX);
    }

    /**
     * The printable page: both sections, the checks, any changes since publication.
     *
     * @param cellLink where a figure links to, with its query started; {@code &row=…&column=…} is appended
     */
    public String printable(Export export, String cellLink) {
        return Templates.table(export.heading(), export.table(), export.sections(), cellLink).render();
    }

    private static Response download(byte[] body, Export export, String extension, String mediaType) {
        // An ASCII file name for every client, and the Chinese title for those that show it.
        return Response.ok(body, mediaType).header("Content-Disposition", Downloads.contentDisposition("attachment",
                export.fileName() + "." + extension, export.heading() + "." + extension)).build();
    }
}
