package cn.gov.disclosure.review;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

/** Reconsiderations and lawsuits over an application, recorded by the office. */
@Path("/api")
@Authenticated
public class ReviewResource {

    @Inject
    CaseService cases;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDates dates;

    @Inject
    EntityManager em;

    public record Filing(@NotNull Review.Kind kind, @NotNull LocalDate filedOn, Boolean afterReconsideration) {
    }

    public record Conclusion(LocalDate on, @NotNull Review.Result result) {
    }

    public record ReviewView(Long id, String caseId, String trackingNumber, Review.Kind kind,
            boolean afterReconsideration, LocalDate filedOn, Review.Result result, LocalDate concludedOn) {
    }

    @POST
    @Path("applications/{id}/reviews")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    @Transactional
    public Response file(@PathParam("id") UUID caseId, @Valid @NotNull Filing filing) {
        DisclosureCase c = cases.find(caseId);
        if (filing.filedOn().isAfter(dates.today())) {
            throw ApiProblem.invalid("filedOn", "may not lie in the future");
        }
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
        return Response.created(URI.create("/api/reviews/" + review.id)).entity(view(review, c)).build();
    }

    @GET
    @Path("applications/{id}/reviews")
    public List<ReviewView> ofCase(@PathParam("id") UUID caseId) {
        DisclosureCase c = cases.find(caseId);
        return Review.<Review> list("caseId = ?1 order by id", caseId).stream().map(r -> view(r, c)).toList();
    }

    @GET
    @Path("reviews/{id}")
    public ReviewView get(@PathParam("id") long id) {
        Review review = Review.findById(id);
        if (review == null) {
            throw ApiProblem.notFound("No review " + id);
        }
        return view(review, visibleCase(review));
    }

    @POST
    @Path("reviews/{id}/result")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    @Transactional
    public ReviewView conclude(@PathParam("id") long id, @Valid @NotNull Conclusion conclusion) {
        Review review = em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw ApiProblem.notFound("No review " + id);
        }
        DisclosureCase c = visibleCase(review);
        LocalDate on = conclusion.on() == null ? dates.today() : conclusion.on();
        if (on.isAfter(dates.today())) {
            throw ApiProblem.invalid("on", "may not lie in the future");
        }
        if (on.isBefore(review.filedOn)) {
            throw ApiProblem.invalid("on", "may not precede the filing on " + review.filedOn);
        }
        if (review.result != null) {
            throw ApiProblem.conflict("The review was concluded on " + review.concludedOn);
        }
        review.result = conclusion.result();
        review.concludedOn = on;
        return view(review, c);
    }

    private DisclosureCase visibleCase(Review review) {
        try {
            return cases.find(review.caseId);
        } catch (ApiProblem notVisible) {
            throw ApiProblem.notFound("No review " + review.id);
        }
    }

    private static ReviewView view(Review r, DisclosureCase c) {
        return new ReviewView(r.id, r.caseId.toString(), c.trackingNumber, r.kind, r.afterReconsideration, r.filedOn,
                r.result, r.concludedOn);
    }
}
