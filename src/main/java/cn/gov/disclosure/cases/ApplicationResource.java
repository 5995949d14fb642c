package cn.gov.disclosure.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm an online submission",
            description = "`SUBMITTED_ONLINE` → `RECEIVED`: `on` becomes the receipt date (Art 31(3)), from which the"
                    + " response period runs; the case takes its tracking number and its receipt letter.")
    public CaseView confirm(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(commands.confirm(id, request));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Answer an online submission that is no application",
            description = "`SUBMITTED_ONLINE` → `REJECTED`; the applicant sees the reason. No table counts it.")
    public CaseView reject(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Rejection request) {
        return view(commands.reject(id, request));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept a complete application and pass it to a department",
            description = "`RECEIVED` → `IN_PROGRESS`.")
    public CaseView accept(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Acceptance request) {
        return view(commands.accept(id, request));
    }

    @POST
    @Path("{id}/correction-request")
    @Operation(summary = "Ask the applicant for a correction (补正)",
            description = "From `RECEIVED` or `IN_PROGRESS`, once per case; `dueOn` defaults to the configured number"
                    + " of working days after `on`.")
    public CaseView requestCorrection(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.CorrectionRequest request) {
        return view(commands.requestCorrection(id, request));
    }

    @POST
    @Path("{id}/correction")
    @Operation(summary = "Record the corrected application",
            description = "The response period restarts from `on`; back to the status the request was made in.")
    public CaseView correct(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(commands.correct(id, request));
    }

    @POST
    @Path("{id}/third-party-consultation")
    @Operation(summary = "Consult a third party (征求第三方意见)",
            description = "The clock pauses for up to 15 working days.")
    public CaseView consultThirdParty(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.ThirdPartyConsultation request) {
        return view(commands.consultThirdParty(id, request));
    }

    @POST
    @Path("{id}/third-party-reply")
    @Operation(summary = "Record the third party's reply", description = "The clock resumes.")
    public CaseView thirdPartyReplied(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.ThirdPartyReply request) {
        return view(commands.thirdPartyReplied(id, request));
    }

    @POST
    @Path("{id}/extension")
    @Operation(summary = "Extend the response period (延期)",
            description = "+20 working days, once, while `IN_PROGRESS` and not overdue.")
    public CaseView extend(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Extension request) {
        return view(commands.extend(id, request));
    }

    @POST
    @Path("{id}/fee-notice")
    @Operation(summary = "Issue a fee notice (收费通知)",
            description = "The clock pauses; payment is due 20 working days after `on`.")
    public CaseView notifyFee(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.FeeNotice request) {
        return view(commands.notifyFee(id, request));
    }

    @POST
    @Path("{id}/fee-payment")
    @Operation(summary = "Record the fee payment", description = "The clock resumes.")
    public CaseView feePaid(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(commands.feePaid(id, request));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Answer the application (作出答复)",
            description = "The case closes with the outcome on `on`; not the two lapse codes, and"
                    + " `UNAVAILABLE_STILL_UNCLEAR` only after a correction.")
    public CaseView decide(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Decision request) {
        return view(commands.decide(id, request));
    }

    @POST
    @Path("{id}/outcome-correction")
    @Operation(summary = "Correct the outcome recorded for a closed case",
            description = "`closedOn` stays; the same outcome rules as a decision.")
    public CaseView correctOutcome(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.OutcomeCorrection request) {
        return view(commands.correctOutcome(id, request));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Record the applicant's withdrawal (撤回)",
            description = "Any open status; the case closes with outcome `OTHER`.")
    public CaseView withdraw(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(commands.withdraw(id, request));
    }

    /** The full view of a case an action changed or a registration made. */
    private CaseView view(DisclosureCase c) {
        return CaseView.of(queries.details(c));
    }
}
