package cn.gov.disclosure.documents;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.cases.CaseAction;
import cn.gov.disclosure.cases.CaseCommands;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.common.Refusal;
import io.quarkus.security.Authenticated;

/** The letter an action would issue, before it is taken (CONTRACT "Documents"). */
@Path("/api/applications/{id}/{action}/preview")
@Authenticated
@Tag(name = DocumentResource.TAG)
public class LetterPreviewResource {

    @Inject
    LetterPreviews previews;

    @Inject
    CaseCommands commands;

    @Inject
    ObjectMapper json;

    /**
     * The body is read as the action's own endpoint reads it, and the action checks it as it would:
     * the same 400, 403 and 409 answers.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(DocumentResource.PDF)
    @Operation(summary = "Preview the letter an action would issue, changing nothing",
            description = "`action` is one that issues a letter: `correction-request`, `extension`,"
                    + " `third-party-consultation` (`kind` chooses `CONSULTATION_LETTER`, the default, or"
                    + " `CONSULTATION_NOTICE`), `fee-notice`, `decision`; the body is that action's. The number"
                    + " shown is the one the letter would take now.")
    @APIResponse(responseCode = "200", description = "The letter's PDF", content = @Content(
            mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response preview(@PathParam("id") UUID id, @PathParam("action") String action,
            @Parameter(schema = @Schema(implementation = DocumentKind.class)) @QueryParam("kind") String kind,
            @RequestBody(description = "The body of the action named in the address", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                            implementation = CaseAction.Request.class))) JsonNode body)
            throws JsonProcessingException {
        DocumentKind chosen = QueryParams.enumValue("kind", kind, DocumentKind.class);
        CaseAction taken = CaseAction.byPath(action).orElseThrow(NotFoundException::new);
        if (!taken.issuesLetter()) {
            throw Refusal.of(DocumentRefusal.NO_LETTER);
        }
        // Read as the action's own endpoint reads it: a body of the wrong shape is refused alike.
        CaseAction.Request request = taken.read(json, body);
        LetterPreviews.Preview preview = previews.of(id, chosen, () -> commands.take(id, taken, request));
        return DocumentResource.download(preview.number(), preview.pdf());
    }
}
