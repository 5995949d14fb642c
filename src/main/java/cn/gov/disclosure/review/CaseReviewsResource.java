package cn.gov.disclosure.review;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** Reconsiderations and lawsuits over one application, filed by the office. */
@Path("/api/applications/{id}/reviews")
@Authenticated
public class CaseReviewsResource {

    @Inject
    ReviewService reviews;

    public record Filing(@NotNull Review.Kind kind, @NotNull LocalDate filedOn, Boolean afterReconsideration) {
    }

    @POST
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    public Response file(@PathParam("id") UUID caseId, @Valid @NotNull Filing filing) {
        ReviewView review = reviews.file(caseId, filing.kind(), filing.filedOn(), filing.afterReconsideration());
        return Response.created(URI.create("/api/reviews/" + review.id())).entity(review).build();
    }

    @GET
    public List<ReviewView> list(@PathParam("id") UUID caseId) {
        return reviews.ofCase(caseId);
    }
}
