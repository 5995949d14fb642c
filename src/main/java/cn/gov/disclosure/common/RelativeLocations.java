package cn.gov.disclosure.common;

import java.net.URI;
import java.util.Objects;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the request's Host header out of Location headers. Quarkus REST makes a relative Location
 * (a redirect after a form, a 201's new resource) absolute with the scheme and host of the request,
 * and the Host header is whatever the client sent: behind a cache, a redirect to another site could
 * be stored and served to everyone (security review, finding 15). The client resolves a path
 * against the address it asked, so the answer needs no host at all, and the service no public name.
 */
public class RelativeLocations {

    @ServerResponseFilter
    public void pathOnly(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().getFirst(HttpHeaders.LOCATION) instanceof URI location && location.isAbsolute()
                && Objects.equals(location.getRawAuthority(), request.getUriInfo().getRequestUri().getRawAuthority())) {
            String query = location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(location.getRawPath() + query));
        }
    }
}
