package cn.gov.disclosure.applicants;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import cn.gov.disclosure.cases.CaseRegistration;
import cn.gov.disclosure.cases.CaseRequests;
import cn.gov.disclosure.documents.DocumentQueries;
import cn.gov.disclosure.documents.DocumentResource;
import io.vertx.core.http.HttpServerRequest;

/**
 * The applicants' API (CONTRACT "Applicants"), open without sign-in. The reference and query code
 * travel in the body, never in an address, where logs and browser histories would keep them.
 */
@Path("/api/public")
@Tag(name = "Applicants", description = "For applicants, without sign-in: apply online, follow the application with"
        + " its reference and query code, fetch the letters addressed to them. Repeated attempts from one address, or"
        + " on one reference, are refused with 429 for a while.")
public class PublicResource {

    @Inject
    ApplicantAccess access;

    @Inject
    HttpServerRequest http;

    /** The reference and the query code, shown this once. */
    public record Submitted(String reference,
            @Schema(description = "Shown this once; the service keeps only its hash") String queryCode) {
    }

    @POST
    @Path("applications")
    @Operation(summary = "Apply online",
            description = "The application waits for the agency to confirm it: the day it does is the day of receipt"
                    + " (Art 31(3)), from which the response period runs. A repeated `Idempotency-Key` from the same"
                    + " address answers the same application with a new query code, which replaces the old one.")
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = @Header(name = "Idempotent-Replayed", description = "`true` when nothing new was submitted"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Submitted.class)))
    public Response submit(@Valid @NotNull CaseRequests.Submission request,
            @Parameter(description = "Makes a retry answer the application submitted the first time")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        CaseRegistration.Submitted submitted = access.submit(request, idempotencyKey, clientAddress());
        return Response.status(Response.Status.CREATED).header("Idempotent-Replayed", submitted.replayed())
                .entity(new Submitted(submitted.c().reference, submitted.queryCode())).build();
    }

    @POST
    @Path("status")
    @Operation(summary = "Where an application stands",
            description = "A wrong query code and an unknown reference get the same 404.")
    public ApplicantStatus status(@Valid @NotNull ApplicantAccess.Pair pair) {
        return access.status(pair, clientAddress());
    }

    @POST
    @Path("documents/{number}")
    @Produces(DocumentResource.PDF)
    @Operation(summary = "A letter addressed to the applicant, as issued",
            description = "`number` as the status lists it; the body is the same pair.")
    @APIResponse(responseCode = "200", description = "The letter's PDF", content = @Content(
            mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("number") String number, @Valid @NotNull ApplicantAccess.Pair pair) {
        DocumentQueries.Issued issued = access.document(number, pair, clientAddress());
        return DocumentResource.download(issued.number(), issued.pdf());
    }

    /** The client's address, as the trusted proxy forwarded it. */
    private String clientAddress() {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
