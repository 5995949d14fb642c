package cn.gov.disclosure.documents;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.common.Downloads;
import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/**
 * A letter issued, as PDF (CONTRACT "Documents"), its service (送达) and its 送达回证: to whoever
 * may see its case.
 */
@Path("/api/documents")
@Authenticated
@Tag(name = DocumentResource.TAG)
public class DocumentResource {

    static final String TAG = "Documents";

    public static final String PDF = "application/pdf";

    @Inject
    DocumentQueries documents;

    @Inject
    DocumentServices services;

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @Operation(summary = "A letter's PDF, exactly as issued")
    @APIResponse(responseCode = "200", description = "The PDF; its SHA-256 is the document's `sha256`",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        DocumentQueries.Issued issued = documents.pdf(id);
        return download(issued.number(), issued.pdf());
    }

    @POST
    @Path("{id}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.HANDLER, Roles.OFFICE, Roles.ADMIN })
    @Operation(summary = "Record a service (送达) of a letter; EMAIL sends its PDF to the applicant",
            description = "EMAIL sends the PDF as issued to the applicant's e-mail address and records the service"
                    + " once the mail server has accepted it (409 when no address is kept or the letter is the third"
                    + " party's, 503 when the mail server does not take it).")
    @APIResponse(responseCode = "201", description = "The service recorded; the document's `service` list shows it"
            + " (`Location`: the case's documents)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceView.class)))
    public Response serve(@PathParam("id") UUID id, @Valid @NotNull ServiceRequest request) {
        DocumentServices.Served served = services.record(id, request);
        return Response.created(URI.create("/api/applications/" + served.caseId() + "/documents"))
                .entity(served.service()).build();
    }

    @GET
    @Path("{id}/service-receipt")
    @Produces(PDF)
    @Operation(summary = "A letter's 送达回证 as PDF, with the services recorded so far (a blank form before any)")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response serviceReceipt(@PathParam("id") UUID id) {
        DocumentQueries.Issued receipt = services.receipt(id);
        return download(receipt.number() + " 送达回证", receipt.pdf());
    }

    /** A PDF named after its number (RFC 6266: an ASCII fallback, then the number in UTF-8). */
    public static Response download(String number, byte[] pdf) {
        return pdf("inline", number, pdf);
    }

    /** The letter as a file to keep, saved rather than shown: what an applicant takes to their own device. */
    public static Response downloadToKeep(String number, byte[] pdf) {
        return pdf("attachment", number, pdf);
    }

    private static Response pdf(String disposition, String number, byte[] pdf) {
        return Response.ok(pdf, PDF).header("Content-Disposition",
                Downloads.contentDisposition(disposition, "document.pdf", number + ".pdf")).build();
    }
}
