package cn.gov.disclosure.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The bare address leads into the web application (and so to the login page when signed out). */
@Path("/")
public class RootAddress {

    @GET
    public Response enter() {
        return Response.seeOther(URI.create("/ui")).build();
    }
}
