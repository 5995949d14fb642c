package cn.gov.disclosure.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import cn.gov.disclosure.workflow.WorkflowDeployment;
import io.quarkus.security.Authenticated;

/**
 * The process model the engine deploys (the build copies {@code bpmn/*.bpmn} onto the classpath),
 * for the diagram on the case page; read once, it never changes while the service runs.
 */
@Path("/ui/process.bpmn")
@Authenticated
public class DiagramResource {

    private volatile byte[] model;

    @GET
    @Produces("application/xml")
    public byte[] model() {
        if (model == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(WorkflowDeployment.MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("The process model " + WorkflowDeployment.MODEL + " is missing from the classpath");
                }
                model = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }
}
