package cn.gov.disclosure.documents;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.disclosure.common.Downloads;
import io.quarkus.security.Authenticated;

/** A letter issued, as PDF (CONTRACT "Documents"): to whoever may see its case. */
@Path("/api/documents")
@Authenticated
@Tag(name = DocumentResource.TAG)
public class DocumentResource {

    static final String TAG = "Documents";

    public static final String PDF = "application/pdf";

    @Inject
    DocumentQueries documents;

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

    /** A PDF named after its number (RFC 6266: an ASCII fallback, then the number in UTF-8). */
    public static Response download(String number, byte[] pdf) {
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", Downloads.contentDisposition("inline", "document.pdf", number + ".pdf"))
                .build();
    }
}
