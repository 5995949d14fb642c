package cn.gov.disclosure.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The landing page with the role-aware menu. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    @Location("web/home.html")
    Template home;

    @Inject
    @Location("web/error.html")
    Template error;

    @GET
    @Authenticated
    public TemplateInstance home() {
        return home.instance();
    }

    /** Where {@link RoleRefusals} sends a person who opened a page outside their role. */
    @GET
    @Path("forbidden")
    @Authenticated
    public Response forbidden() {
        return ErrorPage.of(error, 403, "您的岗位不能使用该页面，请从菜单进入本人负责的工作。");
    }
}
