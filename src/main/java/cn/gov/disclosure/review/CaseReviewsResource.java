package cn.gov.disclosure.review;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** Reconsiderations and lawsuits over one application, filed by the office. */
@Path("/api/applications/{id}/reviews")
@Authenticated
@Tag(name = ReviewResource.TAG)
public class CaseReviewsResource {

    @Inject
    ReviewService reviews;

    public record Filing(@NotNull Review.Kind kind,
            @Schema(description = "Not before the application's receipt, not in the future") @NotNull LocalDate filedOn,
            @Schema(description = "A lawsuit filed after a reconsideration (复议后起诉)") Boolean afterReconsideration) {
    }

    @POST
    @Operation(summary = "File a reconsideration or lawsuit over an application")
    @APIResponse(responseCode = "201", description = "The review filed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    public Response file(@PathParam("id") UUID caseId, @Valid @NotNull Filing filing) {
        ReviewView review = reviews.file(caseId, filing.kind(), filing.filedOn(), filing.afterReconsideration());
        return Response.created(URI.create("/api/reviews/" + review.id())).entity(review).build();
    }

    @GET
    @Operation(summary = "List an application's reviews")
    public List<ReviewView> list(@PathParam("id") UUID caseId) {
        return reviews.ofCase(caseId);
    }
}
