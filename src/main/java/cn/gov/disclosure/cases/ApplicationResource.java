package cn.gov.disclosure.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.disclosure.api.ApiDescriptionFilter;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** Applications and the actions on them, as CONTRACT.md lays them out. */
@Path("/api/applications")
@Authenticated
@Tag(name = "Applications", description = "Applications (依申请公开) and the actions on them. Each action's body carries"
        + " the business date `on`, the day it happened in the real world: it defaults to today and may lie neither in"
        + " the future nor before the case's previous event. An action answers the case view.")
public class ApplicationResource {

    @Inject
    CaseRegistration registration;

    @Inject
    CaseCommands commands;

    @Inject
    CaseQueries queries;

    @Inject
    ObjectMapper json;

    @Context
    HttpHeaders headers;

    public record PageView(List<CaseView> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    @Operation(summary = "Register an application",
            description = "`receivedOn` defaults to today; an admin must name the `agency`.")
    @APIResponse(responseCode = "201",
            description = "The case registered, or for a repeated Idempotency-Key the one registered the first time",
            headers = { @Header(name = "Location", description = "The case's address"),
                    @Header(name = "Idempotent-Replayed", description = "`true` when nothing new was registered") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.class)))
    public Response register(@Valid @NotNull CaseRequests.Registration request,
            @Parameter(description = "Makes a retry return the case created the first time (per user)")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        CaseRegistration.Registered registered = registration.register(request, idempotencyKey);
        DisclosureCase c = registered.c();
        return Response.created(URI.create("/api/applications/" + c.id))
                .header("Idempotent-Replayed", registered.replayed())
                .entity(view(c)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a case with its history")
    public CaseView get(@PathParam("id") UUID id) {
        return CaseView.of(queries.details(id));
    }

    /** Parameters arrive as text so that a malformed one is a 400 naming it, not a bare 404. */
    @GET
    @Operation(summary = "List cases, newest receipt first",
            description = "Items leave out the applicant's contact details and the history.")
    public PageView list(
            @Parameter(description = "Only this agency's cases; users of an agency see only their own")
            @QueryParam("agency") String agency,
            @Parameter(schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("receivedTo") String receivedTo,
            @Parameter(ref = ApiDescriptionFilter.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDescriptionFilter.SIZE) @QueryParam("size") String size) {
        PageRequest asked = QueryParams.page(page, size);
        CaseQueries.Page result = queries.list(agency, QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.bool("overdue", overdue), QueryParams.date("receivedFrom", receivedFrom),
                QueryParams.date("receivedTo", receivedTo), asked);
        return new PageView(result.items().stream().map(CaseView::of).toList(), asked.number(), asked.size(),
                result.total());
    }

    /**
     * Every action on a case, at its own address ({@link CaseAction#path()}); the API's description
     * lists one operation per action, with its body. The body is read as the action's type, so a
     * body of the wrong shape is refused as any other.
     */
    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an action on a case", description = "Described per action.")
    public CaseView act(@PathParam("id") UUID id, @PathParam("action") String action,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseAction.Request.class))) JsonNode body)
            throws JsonProcessingException {
        CaseAction taken = CaseAction.takenAt(action).orElseThrow(NotFoundException::new);
        if (headers.getMediaType() == null) {
            // A body of no declared type is no JSON, as for every other endpoint that takes one.
            throw new NotSupportedException();
        }
        return view(commands.take(id, taken, taken.read(json, body)));
    }

    /** The full view of a case an action changed or a registration made. */
    private CaseView view(DisclosureCase c) {
        return CaseView.of(queries.details(c));
    }
}
