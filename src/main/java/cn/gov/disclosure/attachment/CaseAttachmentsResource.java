package cn.gov.disclosure.attachment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.common.problem.Problem;
import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** The papers received for one application: filed by the agency's staff, read by whoever may read the case. */
@Path("/api/applications/{id}/attachments")
@Authenticated
@Tag(name = AttachmentResource.TAG)
public class CaseAttachmentsResource {

    @Inject
    AttachmentService attachments;

    public record AttachmentList(List<AttachmentView> items) {
    }

    /** Fields arrive as text so that a malformed one is a 400 naming it; the rules are the service's. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CLERK, Roles.HANDLER, Roles.OFFICE, Roles.ADMIN })
    @Operation(summary = "File a paper received for an application",
            description = "`multipart/form-data` with `file`, `kind` and optionally `note`. The file's type is"
                    + " judged by its content, never by its name or declared type; allowed in every status of the"
                    + " case, a closed one included (proof of service comes after the decision).")
    @APIResponse(responseCode = "201", description = "The paper filed",
            headers = @Header(name = "Location", description = "Where its bytes are read"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than `disclosure.attachments.max-size`,"
            + " or the whole request larger than the service reads. Nothing was stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The file's content is of a type not accepted"
            + " (`disclosure.attachments.accepted-types`), or the body is not `multipart/form-data`. Nothing was"
            + " stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("id") UUID caseId,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
                    description = "The file; its name is kept, cleaned")
            @RestForm("file") FileUpload file,
            @Schema(implementation = Attachment.Kind.class) @RestForm("kind") String kind,
            @Size(max = AttachmentRequest.MAX_NOTE) @RestForm("note") String note) {
        AttachmentRequest request = new AttachmentRequest(QueryParams.enumValue("kind", kind, Attachment.Kind.class),
                note == null || note.isBlank() ? null : note.strip());
        AttachmentView filed = attachments.upload(caseId, request, received(file));
        return Response.created(URI.create("/api/attachments/" + filed.id())).entity(filed).build();
    }

    @GET
    @Operation(summary = "List the papers received for an application, in the order filed")
    public AttachmentList list(@PathParam("id") UUID caseId) {
        return new AttachmentList(attachments.ofCase(caseId));
    }

    /**
     * The file part as the service takes it; a part without a name or content (a browser's form
     * sent with no file chosen) is no file.
     */
    public static ReceivedFile received(FileUpload file) {
        if (file == null || file.uploadedFile() == null
                || (file.size() == 0 && (file.fileName() == null || file.fileName().isEmpty()))) {
            return null;
        }
        return new ReceivedFile(file.fileName(), file.uploadedFile(), file.size());
    }
}
