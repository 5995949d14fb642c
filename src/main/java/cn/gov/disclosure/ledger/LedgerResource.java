package cn.gov.disclosure.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.disclosure.attachment.CaseAttachmentsResource;
import cn.gov.disclosure.attachment.ReceivedFile;
import cn.gov.disclosure.common.Downloads;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.security.Roles;

/**
 * The ledger (台账): its template and its import (CONTRACT "Taking over existing records");
 * {@link LedgerExportResource} writes it back.
 */
@Path("/api/imports")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Tag(name = "Ledger", description = "Taking over an office's existing records (台账) and writing them back")
public class LedgerResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    LedgerImport imports;

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "An empty ledger in the layout the import reads, with a sheet of instructions")
    public Response template() {
        return download(XLSX, "台账模板.xlsx", LedgerExport.template());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a ledger, all or nothing",
            description = "`multipart/form-data` with `file` (XLSX, or CSV in UTF-8). Every row is checked as a case"
                    + " worked in the service; if any is refused, nothing is stored and every refusal is listed. With"
                    + " `dryRun=true` nothing is stored either way. Rows already imported with the same content are"
                    + " `unchanged`.")
    public LedgerImport.Result importLedger(
            @Parameter(description = "The agency the ledger belongs to; an office imports its own")
            @QueryParam("agency") String agency,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
            @Schema(type = SchemaType.STRING, format = "binary") @RestForm("file") FileUpload file) {
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        ReceivedFile received = CaseAttachmentsResource.received(file);
        if (received == null || received.size() == 0) {
            throw Refusal.ofField("file", LedgerRefusal.FILE_REQUIRED);
        }
        try {
            return imports.run(agency, received.name(), Files.readAllBytes(received.path()), dry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response download(String type, String name, byte[] content) {
        return Response.ok(content, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition("attachment", name)).build();
    }
}
