package cn.gov.disclosure.review;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** One reconsideration or lawsuit, and its result. */
@Path("/api/reviews")
@Authenticated
@Tag(name = ReviewResource.TAG, description = "Administrative reconsiderations and lawsuits (行政复议, 行政诉讼) over an"
        + " application: section 四 of the annual report.")
public class ReviewResource {

    static final String TAG = "Reviews";

    @Inject
    ReviewService reviews;

    public record Conclusion(LocalDate on, @NotNull Review.Result result) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a review")
    public ReviewView get(@PathParam("id") long id) {
        return reviews.get(id);
    }

    @POST
    @Path("{id}/result")
    @Operation(summary = "Record a review's result", description = "Once per review.")
    public ReviewView conclude(@PathParam("id") long id, @Valid @NotNull Conclusion conclusion) {
        return reviews.conclude(id, conclusion.on(), conclusion.result());
    }
}
