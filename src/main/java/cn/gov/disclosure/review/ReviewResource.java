package cn.gov.disclosure.review;

import java.time.LocalDate;

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

import cn.gov.disclosure.cases.CaseService;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.problem.ApiProblem;
import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** One reconsideration or lawsuit, and its result. */
@Path("/api/reviews")
@Authenticated
public class ReviewResource {

    @Inject
    CaseService cases;

    @Inject
    BusinessDates dates;

    @Inject
    EntityManager em;

    public record Conclusion(LocalDate on, @NotNull Review.Result result) {
    }

    @GET
    @Path("{id}")
    public ReviewView get(@PathParam("id") long id) {
        Review review = Review.findById(id);
        if (review == null) {
            throw ApiProblem.notFound("No review " + id);
        }
        return ReviewView.of(review, visibleCase(review));
    }

    @POST
    @Path("{id}/result")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    @Transactional
    public ReviewView conclude(@PathParam("id") long id, @Valid @NotNull Conclusion conclusion) {
        Review review = em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw ApiProblem.notFound("No review " + id);
        }
        DisclosureCase c = visibleCase(review);
        LocalDate on = dates.dayOf("on", conclusion.on());
        if (on.isBefore(review.filedOn)) {
            throw ApiProblem.invalid("on", "may not precede the filing on " + review.filedOn);
        }
        if (review.result != null) {
            throw ApiProblem.conflict("The review was concluded on " + review.concludedOn);
        }
        review.result = conclusion.result();
        review.concludedOn = on;
        return ReviewView.of(review, c);
    }

    private DisclosureCase visibleCase(Review review) {
        try {
            return cases.find(review.caseId);
        } catch (ApiProblem notVisible) {
            throw ApiProblem.notFound("No review " + review.id);
        }
    }
}
