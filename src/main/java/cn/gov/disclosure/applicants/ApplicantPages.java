package cn.gov.disclosure.applicants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.disclosure.agency.AgencyService;
import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseRegistration;
import cn.gov.disclosure.cases.CaseRequests;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.documents.DocumentQueries;
import cn.gov.disclosure.documents.DocumentResource;
import cn.gov.disclosure.security.WebSessions;
import cn.gov.disclosure.web.FormGuard;
import cn.gov.disclosure.web.FormInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The applicants' pages, open without sign-in and apart from the staff's (no staff menu, no staff
 * session read): apply online ({@code /apply}), and follow an application with its reference and
 * query code ({@code /status}), its letters downloadable there. Every form must come from these
 * pages (its Origin) and carry a token bound to a cookie of its own (strictly same-site), so no
 * other site can post it; the application form
 * has a field people never see, which only robots fill in. Answers are never cached: they show a
 * query code or where an application stands.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ApplicantPages {

    static final String TOKEN = "form-token";
    private static final String COOKIE = "applicant-form";
    /** The field hidden from people; a form that fills it in was not filled in by one. */
    static final String TRAP = "website";

    @CheckedTemplate(basePath = "public", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance apply(FormInput form, List<AgencyChoice> agencies,
                ApplicantType[] applicantTypes, DeliveryForm[] deliveryForms, String token, String submission);

        static native TemplateInstance submitted(String reference, String queryCode, String agency);

        static native TemplateInstance status(FormInput form, ApplicantStatus found, String reference,
                String queryCode, String token);
    }

    /** An agency the form offers: its code and its name. */
    public record AgencyChoice(String code, String name) {
    }

    @Inject
    ApplicantAccess access;

    @Inject
    AgencyService agencies;

    @Inject
    HttpServerRequest http;

    @Inject
    Validator validator;

    @GET
    @Path("apply")
    public Response applicationForm() {
        String token = formToken();
        return page(200, token, applyPage(new FormInput(), token));
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestForm String agency, @RestForm("applicant.type") String type,
            @RestForm("applicant.name") String name, @RestForm("applicant.idNumber") String idNumber,
            @RestForm("applicant.phone") String phone, @RestForm("applicant.email") String email,
            @RestForm("applicant.address") String address, @RestForm String description,
            @RestForm String deliveryForm, @RestForm String submission, @RestForm(TOKEN) String sent,
            @RestForm(TRAP) String trap) {
        if (!tokenMatches(sent) || trap != null && !trap.isEmpty()) {
            return expired();
        }
        String token = formToken();
        FormInput form = new FormInput();
        var request = new CaseRequests.Submission(form.text("agency", agency),
                new CaseRequests.Applicant(form.choice("applicant.type", type, ApplicantType.class),
                        form.text("applicant.name", name), form.text("applicant.idNumber", idNumber),
                        form.text("applicant.phone", phone), form.text("applicant.email", email),
                        form.text("applicant.address", address)),
                form.text("description", description), form.choice("deliveryForm", deliveryForm, DeliveryForm.class));
        form.addViolations(validator.validate(request));
        if (!form.hasErrors()) {
            try {
                // The form's one-off key: a second click answers the same application, with a code that works.
                CaseRegistration.Submitted submitted = access.submit(request, form.text("submission", submission),
                        clientAddress());
                return page(200, token, Templates.submitted(submitted.c().reference, submitted.queryCode(),
                        agencies.name(submitted.c().agencyCode)));
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return page(form.status(), token, applyPage(form, token));
    }

    @GET
    @Path("status")
    public Response statusForm() {
        String token = formToken();
        return page(200, token, Templates.status(new FormInput(), null, null, null, token));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@RestForm String reference, @RestForm String queryCode, @RestForm(TOKEN) String sent) {
        return withPair(reference, queryCode, sent, (pair, token) -> page(200, token,
                Templates.status(new FormInput(), access.status(pair, clientAddress()), pair.reference(),
                        pair.queryCode(), token)));
    }

    /** A letter of the application, posted from its status page with the pair. */
    @POST
    @Path("status/documents/{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ DocumentResource.PDF, MediaType.TEXT_HTML })
    public Response document(@PathParam("number") String number, @RestForm String reference,
            @RestForm String queryCode, @RestForm(TOKEN) String sent) {
        return withPair(reference, queryCode, sent, (pair, token) -> {
            DocumentQueries.Issued issued = access.document(number, pair, clientAddress());
            return DocumentResource.downloadToKeep(issued.number(), issued.pdf());
        });
    }

    /**
     * Answers a form that sends the reference and query code: refused unless it came from this
     * browser's page; the lookup form again, with the reasons, unless the pair is well-formed and
     * right.
     */
    private Response withPair(String reference, String queryCode, String sent,
            BiFunction<ApplicantAccess.Pair, String, Response> answer) {
        if (!tokenMatches(sent)) {
            return expired();
        }
        String token = formToken();
        FormInput form = new FormInput();
        var pair = new ApplicantAccess.Pair(form.text("reference", reference), form.text("queryCode", queryCode));
        form.addViolations(validator.validate(pair));
        if (!form.hasErrors()) {
            try {
                return answer.apply(pair, token);
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return page(form.status(), token, Templates.status(form, null, null, null, token));
    }

    private TemplateInstance applyPage(FormInput form, String token) {
        return Templates.apply(form, agencies.acceptingOnline().stream().map(a -> new AgencyChoice(a.code, a.name))
                .toList(), ApplicantType.values(),
                DeliveryForm.values(), token, UUID.randomUUID().toString());
    }

    /** A page as rendered, with the form cookie and never cached. */
    private Response page(int status, String token, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header("Cache-Control", "no-store").cookie(cookie(token)).build();
    }

    /** A form posted without this browser's token (from another site, or a page kept too long): nothing done. */
    private Response expired() {
        FormInput form = new FormInput();
        form.addRefusal(Refusal.of(PublicRefusal.FORM_EXPIRED));
        String token = formToken();
        return page(403, token, Templates.status(form, null, null, null, token));
    }

    /** The token of this browser's forms: its cookie's, or a fresh one that the answer sets. */
    private String formToken() {
        Cookie cookie = http.getCookie(COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? WebSessions.randomToken() : cookie.getValue();
    }

    /** The form came from this site's own page in this browser: its origin, and its token with the cookie's. */
    private boolean tokenMatches(String sent) {
        if (!FormGuard.fromThisHost(http)) {
            return false;
        }
        Cookie cookie = http.getCookie(COOKIE);
        return sent != null && cookie != null && !cookie.getValue().isEmpty() && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }

    private NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true)
                .secure("https".equals(http.scheme())).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private String clientAddress() {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
