package cn.gov.disclosure.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The landing page with the role-aware menu. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance home();
    }

    @GET
    @Authenticated
    public TemplateInstance home() {
        return Templates.home();
    }

    /** Where {@link RoleRefusals} sends a person who opened a page outside their role. */
    @GET
    @Path("forbidden")
    @Authenticated
    public Response forbidden() {
        return ErrorPage.of(403, "您的岗位不能使用该页面，请从菜单进入本人负责的工作。");
    }
}
