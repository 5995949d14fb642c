package cn.gov.disclosure.documents;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

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
import cn.gov.disclosure.cases.CaseRequests;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.common.Refusal;
import io.quarkus.security.Authenticated;

/** The letter an action would issue, before it is taken (CONTRACT "Documents"). */
@Path("/api/applications/{id}/{action}/preview")
@Authenticated
@Tag(name = DocumentResource.TAG)
public class LetterPreviewResource {

    /** The actions that issue a letter, each previewed here with its own body (the description lists one operation each). */
    public static final Set<CaseAction> ACTIONS = Collections.unmodifiableSet(EnumSet.of(CaseAction.CORRECTION_REQUEST,
            CaseAction.EXTENSION, CaseAction.THIRD_PARTY_CONSULTATION, CaseAction.FEE_NOTICE, CaseAction.DECISION));

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
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
                            CaseRequests.CorrectionRequest.class, CaseRequests.Extension.class,
                            CaseRequests.ThirdPartyConsultation.class, CaseRequests.FeeNotice.class,
                            CaseRequests.Decision.class }))) JsonNode body) throws JsonProcessingException {
        DocumentKind chosen = QueryParams.enumValue("kind", kind, DocumentKind.class);
        Runnable step = switch (CaseAction.byPath(action).orElseThrow(NotFoundException::new)) {
            case CORRECTION_REQUEST -> step(body, CaseRequests.CorrectionRequest.class,
                    r -> commands.requestCorrection(id, r));
            case EXTENSION -> step(body, CaseRequests.Extension.class, r -> commands.extend(id, r));
            case THIRD_PARTY_CONSULTATION -> step(body, CaseRequests.ThirdPartyConsultation.class,
                    r -> commands.consultThirdParty(id, r));
            case FEE_NOTICE -> step(body, CaseRequests.FeeNotice.class, r -> commands.notifyFee(id, r));
            case DECISION -> step(body, CaseRequests.Decision.class, r -> commands.decide(id, r));
            default -> throw Refusal.of(DocumentRefusal.NO_LETTER);
        };
        LetterPreviews.Preview preview = previews.of(id, chosen, step);
        return DocumentResource.download(preview.number(), preview.pdf());
    }

    /**
     * The action with the body read as its type: a body of the wrong shape is refused as the
     * action's own endpoint refuses it, and the action validates the rest.
     */
    private <T> Runnable step(JsonNode body, Class<T> type, Consumer<T> action) throws JsonProcessingException {
        T request = body == null || body.isNull() ? null : json.treeToValue(body, type);
        return () -> action.accept(request);
    }
}
