package cn.gov.disclosure.review;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.cases.CaseService;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.problem.ApiProblem;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** Reconsiderations and lawsuits over one application, filed by the office. */
@Path("/api/applications/{id}/reviews")
@Authenticated
public class CaseReviewsResource {

    @Inject
    CaseService cases;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    public record Filing(@NotNull Review.Kind kind, @NotNull LocalDate filedOn, Boolean afterReconsideration) {
    }

    @POST
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    @Transactional
    public Response file(@PathParam("id") UUID caseId, @Valid @NotNull Filing filing) {
        DisclosureCase c = cases.find(caseId);
        dates.dayOf("filedOn", filing.filedOn());
        if (filing.filedOn().isBefore(c.receivedOn)) {
            throw ApiProblem.invalid("filedOn", "may not precede the application's receipt on " + c.receivedOn);
        }
        boolean afterReconsideration = Boolean.TRUE.equals(filing.afterReconsideration());
        if (afterReconsideration && filing.kind() != Review.Kind.LITIGATION) {
            throw ApiProblem.invalid("afterReconsideration", "applies only to LITIGATION");
        }
        Review review = new Review();
        review.caseId = c.id;
        review.agencyCode = c.agencyCode;
        review.kind = filing.kind();
        review.afterReconsideration = afterReconsideration;
        review.filedOn = filing.filedOn();
        review.createdAt = Instant.now();
        review.createdBy = user.username();
        review.persist();
        return Response.created(URI.create("/api/reviews/" + review.id))
                .entity(ReviewView.of(review, c)).build();
    }

    @GET
    public List<ReviewView> list(@PathParam("id") UUID caseId) {
        DisclosureCase c = cases.find(caseId);
        return Review.<Review> list("caseId = ?1 order by id", caseId).stream()
                .map(r -> ReviewView.of(r, c)).toList();
    }
}
