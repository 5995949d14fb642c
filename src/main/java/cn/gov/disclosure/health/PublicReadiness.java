package cn.gov.disclosure.health;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.health.SmallRyeHealthReporter;

/**
 * The readiness the contract promises on the application port ({@code GET /q/health/ready}),
 * while health with its checks' details and the metrics are served on the management interface
 * only. This answers the same verdict as the management port's readiness, and nothing more: not
 * which check failed, nor anything about the database.
 */
@Path("/q/health/ready")
public class PublicReadiness {

    @Inject
    SmallRyeHealthReporter health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the service can take requests: 200 UP, or 503 DOWN")
    public Response ready() {
        boolean down = health.getReadiness().isDown();
        return Response.status(down ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(Map.of("status", down ? "DOWN" : "UP")).build();
    }
}
