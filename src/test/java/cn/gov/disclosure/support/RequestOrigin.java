package cn.gov.disclosure.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tests only: the scheme and host the service takes a request to have been sent to, after any
 * proxy headers it believes; what it would build an absolute address from. No part of the API,
 * so left out of its description.
 */
@Path("/test-only/origin")
public class RequestOrigin {

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_PLAIN)
    public String origin(@Context UriInfo uri) {
        return uri.getBaseUri().toString();
    }
}
