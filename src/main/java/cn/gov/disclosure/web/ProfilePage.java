package cn.gov.disclosure.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.disclosure.agency.AgencyProfile;
import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** 文书信息: what the letters of the user's own agency print about it, kept by its office. */
@Path("/ui/profile")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance profile(FormInput form, boolean saved);
    }

    @Inject
    AgencyService agencies;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        AgencyProfile profile = agencies.profile(user.user().agencyCode);
        FormInput form = new FormInput();
        form.text("fullName", profile.fullName());
        form.text("documentPrefix", profile.documentPrefix());
        form.text("address", profile.address());
        form.text("postcode", profile.postcode());
        form.text("phone", profile.phone());
        form.text("reconsiderationBody", profile.reconsiderationBody());
        form.text("court", profile.court());
        if (Boolean.TRUE.equals(profile.acceptsOnline())) {
            form.text("acceptsOnline", "true");
        }
        return Templates.profile(form, saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String fullName, @RestForm String documentPrefix, @RestForm String address,
            @RestForm String postcode, @RestForm String phone, @RestForm String reconsiderationBody,
            @RestForm String court, @RestForm String acceptsOnline) {
        FormInput form = new FormInput();
        AgencyProfile profile = new AgencyProfile(form.text("fullName", fullName),
                form.text("documentPrefix", documentPrefix), form.text("address", address),
                form.text("postcode", postcode), form.text("phone", phone),
                form.text("reconsiderationBody", reconsiderationBody), form.text("court", court),
                // A checkbox left unticked sends nothing.
                form.text("acceptsOnline", acceptsOnline) != null);
        form.addViolations(validator.validate(profile));
        if (!form.hasErrors()) {
            try {
                agencies.updateProfile(user.user().agencyCode, profile);
                return Response.seeOther(URI.create("/ui/profile?saved=true")).build();
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return Response.status(form.status()).entity(Templates.profile(form, false).render()).build();
    }
}
