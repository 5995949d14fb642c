package cn.gov.disclosure.attachment;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** One paper received: its bytes, as they came. */
@Path("/api/attachments")
@Authenticated
@Tag(name = AttachmentResource.TAG, description = "The papers received for an application (application form, ID"
        + " copies, correction, third party's reply, proof of service), kept as they came.")
public class AttachmentResource {

    static final String TAG = "Attachments";

    @Inject
    AttachmentService attachments;

    @GET
    @Path("{id}")
    @Operation(summary = "Download a paper received",
            description = "The bytes as uploaded, as the type judged from them, under the name kept.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "`attachment` with the name: `filename` in ASCII, `filename*` in UTF-8 (RFC 6266)"),
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id) {
        return answer(attachments.download(id));
    }

    /** The bytes with their type, their length and the name to save them under. */
    public static Response answer(Download download) {
        return Response.ok(download.bytes(), download.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition())
                .header(HttpHeaders.CONTENT_LENGTH, download.bytes().length).build();
    }
}
