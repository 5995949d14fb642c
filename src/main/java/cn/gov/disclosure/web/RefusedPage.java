package cn.gov.disclosure.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** Where {@link ErrorPage} sends a browser whose request was refused before a page could take it. */
@Path("/ui/refused/{status}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RefusedPage {

    static final String PATH = "/ui/refused/";

    /** The refusal by its HTTP status; one the web application does not give reads as a request it cannot take. */
    @GET
    public Response show(@PathParam("status") String status) {
        int shown = switch (status) {
            case "404" -> 404;
            case "413" -> 413;
            default -> 400;
        };
        return ErrorPage.of(shown, ErrorPage.refusedBefore(shown));
    }
}
