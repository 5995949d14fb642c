package cn.gov.disclosure.cases;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

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
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.common.PageRequest;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** Applications and the actions on them, as CONTRACT.md lays them out. */
@Path("/api/applications")
@Authenticated
public class ApplicationResource {

    @Inject
    CaseService cases;

    public record PageView(List<CaseView> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public Response register(@Valid @NotNull CaseRequests.Registration request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        CaseService.Registered registered = cases.register(request, idempotencyKey);
        DisclosureCase c = registered.c();
        return Response.created(URI.create("/api/applications/" + c.id))
                .header("Idempotent-Replayed", registered.replayed())
                .entity(view(c)).build();
    }

    @GET
    @Path("{id}")
    public CaseView get(@PathParam("id") UUID id) {
        return view(cases.find(id));
    }

    /** Parameters arrive as text so that a malformed one is a 400 naming it, not a bare 404. */
    @GET
    public PageView list(@QueryParam("agency") String agency, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("receivedFrom") String receivedFrom,
            @QueryParam("receivedTo") String receivedTo, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest asked = QueryParams.page(page, size);
        CaseService.Page result = cases.list(agency, QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.bool("overdue", overdue), QueryParams.date("receivedFrom", receivedFrom),
                QueryParams.date("receivedTo", receivedTo), asked);
        // One query for the page's departments rather than one per case.
        List<Long> ids = result.items().stream().map(c -> c.departmentId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> departments = ids.isEmpty() ? Map.of()
                : Department.<Department> list("id in ?1", ids).stream().collect(Collectors.toMap(d -> d.id, d -> d.code));
        return new PageView(result.items().stream().map(c -> summary(c, c.departmentId == null ? null : departments.get(c.departmentId))).toList(),
                asked.number(), asked.size(), result.total());
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public CaseView accept(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Acceptance request) {
        return view(cases.accept(id, request));
    }

    @POST
    @Path("{id}/correction-request")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public CaseView requestCorrection(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.CorrectionRequest request) {
        return view(cases.requestCorrection(id, request));
    }

    @POST
    @Path("{id}/correction")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public CaseView correct(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(cases.correct(id, request));
    }

    @POST
    @Path("{id}/third-party-consultation")
    @RolesAllowed({ Roles.HANDLER, Roles.ADMIN })
    public CaseView consultThirdParty(@PathParam("id") UUID id,
            @Valid @NotNull CaseRequests.ThirdPartyConsultation request) {
        return view(cases.consultThirdParty(id, request));
    }

    @POST
    @Path("{id}/third-party-reply")
    @RolesAllowed({ Roles.HANDLER, Roles.ADMIN })
    public CaseView thirdPartyReplied(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.ThirdPartyReply request) {
        return view(cases.thirdPartyReplied(id, request));
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    public CaseView extend(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Extension request) {
        return view(cases.extend(id, request));
    }

    @POST
    @Path("{id}/fee-notice")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    public CaseView notifyFee(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.FeeNotice request) {
        return view(cases.notifyFee(id, request));
    }

    @POST
    @Path("{id}/fee-payment")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    public CaseView feePaid(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(cases.feePaid(id, request));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({ Roles.HANDLER, Roles.ADMIN })
    public CaseView decide(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Decision request) {
        return view(cases.decide(id, request));
    }

    @POST
    @Path("{id}/outcome-correction")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    public CaseView correctOutcome(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.OutcomeCorrection request) {
        return view(cases.correctOutcome(id, request));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public CaseView withdraw(@PathParam("id") UUID id, @Valid @NotNull CaseRequests.Dated request) {
        return view(cases.withdraw(id, request));
    }

    /** The full view: the applicant's details and the history. */
    private CaseView view(DisclosureCase c) {
        Department department = c.departmentId == null ? null : Department.findById(c.departmentId);
        return view(c, department == null ? null : department.code,
                new CaseView.ApplicantView(c.applicantType, c.applicantName, c.applicantIdNumber, c.applicantPhone,
                        c.applicantEmail, c.applicantAddress),
                CaseService.events(c.id));
    }

    /** A list item: no contact details, no history. */
    private CaseView summary(DisclosureCase c, String department) {
        return view(c, department, new CaseView.ApplicantView(c.applicantType, c.applicantName, null, null, null, null),
                null);
    }

    private CaseView view(DisclosureCase c, String department, CaseView.ApplicantView applicant,
            List<CaseView.EventView> events) {
        return new CaseView(c.id.toString(), c.trackingNumber, c.agencyCode, applicant, c.channel, c.receivedOn,
                c.description, c.deliveryForm, department, c.status,
                c.responseDueOn, c.clock, cases.isOverdue(c), c.deadlineProblem, c.extended,
                c.correctionRequested ? new CaseView.CorrectionView(c.correctionDueOn, c.corrected) : null,
                c.feeMethod == null ? null : new CaseView.FeeView(c.feeMethod, c.feeAmount, c.feeBasis, c.feeDueOn),
                c.outcome, c.closedOn, events);
    }
}
