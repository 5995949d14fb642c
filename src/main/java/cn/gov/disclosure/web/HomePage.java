package cn.gov.disclosure.web;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.common.problem.ApiProblem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing in and out, and the landing page with the role-aware menu. The login form posts to
 * Quarkus' form authentication ({@code /ui/j_security_check}), which sets the encrypted session
 * cookie and sends the browser on to {@code /ui}, or back to the login page with {@code ?error=true}.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    @Location("web/login.html")
    Template login;

    @Inject
    @Location("web/home.html")
    Template home;

    @Inject
    @Location("web/error.html")
    Template error;

    @Inject
    RoutingContext routing;

    @GET
    @Authenticated
    public TemplateInstance home() {
        return home.instance();
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error) {
        return login.data("failed", error != null);
    }

    /** Where {@link RoleRefusals} sends a person who opened a page outside their role. */
    @GET
    @Path("forbidden")
    @Authenticated
    public Response forbidden() {
        return ErrorPage.of(error, ApiProblem.forbidden("Your role does not allow this page",
                "您的岗位不能使用该页面，请从菜单进入本人负责的工作。"));
    }

    /** Ends the session by removing its cookie; a POST with the CSRF token, so no other site can sign one out. */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        FormAuthenticationMechanism.logout(routing);
        return Response.seeOther(URI.create("/ui/login")).build();
    }
}
