package cn.gov.disclosure.review;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import cn.gov.disclosure.security.Roles;
import io.quarkus.security.Authenticated;

/** One reconsideration or lawsuit, and its result. */
@Path("/api/reviews")
@Authenticated
public class ReviewResource {

    @Inject
    ReviewService reviews;

    public record Conclusion(LocalDate on, @NotNull Review.Result result) {
    }

    @GET
    @Path("{id}")
    public ReviewView get(@PathParam("id") long id) {
        return reviews.get(id);
    }

    @POST
    @Path("{id}/result")
    @RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
    public ReviewView conclude(@PathParam("id") long id, @Valid @NotNull Conclusion conclusion) {
        return reviews.conclude(id, conclusion.on(), conclusion.result());
    }
}
