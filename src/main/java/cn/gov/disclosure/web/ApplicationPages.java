package cn.gov.disclosure.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.disclosure.agency.Department;
import cn.gov.disclosure.cases.ApplicantType;
import cn.gov.disclosure.cases.CaseAction;
import cn.gov.disclosure.cases.CaseCommands;
import cn.gov.disclosure.cases.CaseDetails;
import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.CaseRegistration;
import cn.gov.disclosure.cases.CaseRequests;
import cn.gov.disclosure.cases.CaseRules;
import cn.gov.disclosure.cases.CaseStatus;
import cn.gov.disclosure.cases.CaseWorkflow;
import cn.gov.disclosure.cases.Channel;
import cn.gov.disclosure.cases.Deadlines;
import cn.gov.disclosure.cases.DeliveryForm;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.cases.FeeMethod;
import cn.gov.disclosure.cases.Outcome;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.common.QueryParams;
import cn.gov.disclosure.documents.CaseFile;
import cn.gov.disclosure.documents.CaseFileResource;
import cn.gov.disclosure.documents.DocumentQueries;
import cn.gov.disclosure.documents.DocumentResource;
import cn.gov.disclosure.documents.DocumentServices;
import cn.gov.disclosure.documents.LetterPreviews;
import cn.gov.disclosure.documents.DocumentView;
import cn.gov.disclosure.documents.ServiceMethod;
import cn.gov.disclosure.documents.ServiceRequest;
import cn.gov.disclosure.fee.Fee;
import cn.gov.disclosure.review.CaseReviewsResource;
import cn.gov.disclosure.review.Review;
import cn.gov.disclosure.review.ReviewResource;
import cn.gov.disclosure.review.ReviewService;
import cn.gov.disclosure.security.CurrentUser;
import cn.gov.disclosure.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The applications: the list, registration and its receipt, and the case page with the actions
 * its state allows. Forms post here and are answered with a redirect to the case (POST, redirect,
 * GET); a refused form is shown again with the person's input and the reasons beside the fields.
 * Every rule is the services': this class only turns form fields into their request records.
 */
@Path("/ui/applications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApplicationPages {

    /** The query {@code ?preview} on an action's address: show its letter, take nothing. */
    private static final String PREVIEW = "preview";

    /** {@code casePage} is {@code web/case-page.html}: a template cannot be named after the keyword {@code case}. */
    @CheckedTemplate(basePath = "web", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {

        static native TemplateInstance applications(List<CaseDetails> items, CaseStatus status, Paging paging);

        static native TemplateInstance register(FormInput form, String submission, ApplicantType[] applicantTypes,
                Channel[] channels, DeliveryForm[] deliveryForms);

        static native TemplateInstance receipt(CaseDetails c, CaseRules rules);

        /**
         * @param unshownRefusal a refused form's input whose form the page does not show, or null
         * @param currentStep the process step to highlight in the diagram, empty once closed
         * @param feePreview the fee the fee notice's preview computed, or null
         */
        static native TemplateInstance casePage(CaseDetails c, List<CaseDetails.Department> departments,
                Deadlines.Explanation deadline, CaseRules rules, List<ReviewRow> reviews, FeeMethod[] feeMethods,
                Review.Result[] reviewResults, FormInput unshownRefusal, List<OutcomeGroup> outcomeGroups,
                List<Outcome> decidableOutcomes, String currentStep, LocalDate today, ActionForms forms,
                Fee feePreview, List<DocumentView> documents, ServiceMethod[] serviceMethods);
    }

    @Inject
    CaseRegistration registration;

    @Inject
    CaseCommands commands;

    @Inject
    CaseQueries queries;

    @Inject
    CaseWorkflow process;

    @Inject
    CaseRules rules;

    @Inject
    ReviewService reviews;

    @Inject
    DocumentQueries documents;

    @Inject
    LetterPreviews previews;

    @Inject
    CaseFile caseFiles;

    @Inject
    DocumentServices services;

    @Inject
    HttpServerRequest http;

    @Inject
    CurrentUser user;

    @Inject
    Viewer viewer;

    @Inject
    BusinessDates dates;

    @Inject
    Validator validator;

    /**
     * All applications the person may see, newest receipt first; {@code ?status=RECEIVED} is the
     * clerk's 待审查申请. {@code after}: the last row's key ({@link CaseQueries#LIST_KEY}).
     */
    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("after") String after) {
        CaseStatus filter = QueryParams.enumValue("status", status, CaseStatus.class);
        ListWindow window = Paging.window(page, after, CaseQueries.LIST_KEY, ListWindow.WEB_COUNT);
        ListWindow.Slice<CaseDetails> found = queries.list(filter, window);
        return Templates.applications(found.items(), filter, Paging.of(window, found,
                "/ui/applications?" + (filter == null ? "" : "status=" + filter.name() + "&"), CaseQueries.LIST_KEY));
    }

    @GET
    @Path("new")
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    public TemplateInstance registrationForm() {
        FormInput form = new FormInput();
        form.text("receivedOn", dates.today().toString());
        return registrationPage(form);
    }

    @POST
    @RolesAllowed({ Roles.CLERK, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm("applicant.type") String type, @RestForm("applicant.name") String name,
            @RestForm("applicant.idNumber") String idNumber, @RestForm("applicant.phone") String phone,
            @RestForm("applicant.email") String email, @RestForm("applicant.address") String address,
            @RestForm String channel, @RestForm String receivedOn, @RestForm String description,
            @RestForm String deliveryForm, @RestForm String submission) {
        FormInput form = new FormInput();
        CaseRequests.Registration request = new CaseRequests.Registration(
                viewer.isAdmin() ? user.user().agencyCode : null,
                new CaseRequests.Applicant(form.choice("applicant.type", type, ApplicantType.class),
                        form.text("applicant.name", name), form.text("applicant.idNumber", idNumber),
                        form.text("applicant.phone", phone), form.text("applicant.email", email),
                        form.text("applicant.address", address)),
                form.choice("channel", channel, Channel.class), form.date("receivedOn", receivedOn),
                form.text("description", description), form.choice("deliveryForm", deliveryForm, DeliveryForm.class));
        form.addViolations(validator.validate(request));
        if (!form.hasErrors()) {
            try {
                // The form's one-off key makes a double submission return the case registered the first time.
                DisclosureCase c = registration.register(request, form.text("submission", submission)).c();
                return Response.seeOther(URI.create("/ui/applications/" + c.id + "/receipt")).build();
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return answer(form.status(), registrationPage(form));
    }

    private TemplateInstance registrationPage(FormInput form) {
        return Templates.register(form, UUID.randomUUID().toString(), ApplicantType.values(), Channel.values(),
                DeliveryForm.values());
    }

    /** The 案卷 as one archive, as the API serves it. */
    @GET
    @Path("{id}/file.zip")
    @Produces(CaseFileResource.ZIP)
    public Response caseFile(@PathParam("id") UUID id) {
        return CaseFileResource.download(caseFiles.of(id));
    }

    /** The printable 回执 handed or sent to the applicant. */
    @GET
    @Path("{id}/receipt")
    public TemplateInstance receipt(@PathParam("id") UUID id) {
        return Templates.receipt(queries.details(id), rules);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        return page(id, null, new FormInput(), null);
    }

    /**
     * Every action's form, posted to the action's address: its fields are read into the action's
     * request record ({@link FormInput#read}), the record's name for each field being the field's.
     */
    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String path,
            MultivaluedMap<String, String> fields) {
        CaseAction action = CaseAction.takenAt(path).orElseThrow(NotFoundException::new);
        FormInput form = new FormInput().labelledBy(StandardForm.labelKeys(action));
        CaseAction.Request request = form.read(action.requestType(), fields::getFirst);
        return act(id, action, form, request, r -> commands.take(id, action, r));
    }

    /** The fee notice's first step: the amount the fee calculator gives, shown before anything is issued. */
    @GET
    @Path("{id}/fee-preview")
    public Response previewFee(@PathParam("id") UUID id, @QueryParam("on") String on,
            @QueryParam("method") String method, @QueryParam("pages") String pages) {
        requireRole(CaseAction.FEE_NOTICE);
        FormInput form = new FormInput();
        var request = new CaseAction.FeeNotice(form.date("on", on), form.choice("method", method, FeeMethod.class),
                form.number("pages", pages));
        form.addViolations(validator.validate(request));
        if (!form.hasErrors()) {
            try {
                Fee fee = commands.previewFee(id, request);
                return answer(200, page(id, "fee-notice", form, fee));
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return answer(form.status(), page(id, "fee-notice", form, null));
    }

    /** A reconsideration or lawsuit: {@code kind} comes from the button that opened the form. */
    @POST
    @Path("{id}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fileReview(@PathParam("id") UUID id, @RestForm String kind, @RestForm String filedOn,
            @RestForm String afterReconsideration) {
        FormInput form = new FormInput();
        Review.Kind chosen = form.choice("kind", kind, Review.Kind.class);
        var filing = new CaseReviewsResource.Filing(chosen, form.date("filedOn", filedOn),
                form.text("afterReconsideration", afterReconsideration) != null);
        String action = chosen == Review.Kind.LITIGATION ? "litigation" : "reconsideration";
        return act(id, CaseAction.REVIEWS, action, form, filing,
                f -> reviews.file(id, f.kind(), f.filedOn(), f.afterReconsideration()));
    }

    @POST
    @Path("{id}/reviews/{review}/result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response concludeReview(@PathParam("id") UUID id, @PathParam("review") long review,
            @RestForm String on, @RestForm String result) {
        FormInput form = new FormInput();
        var conclusion = new ReviewResource.Conclusion(form.date("on", on),
                form.choice("result", result, Review.Result.class));
        return act(id, CaseAction.REVIEWS, ReviewRow.formId(review), form, conclusion,
                c -> reviews.conclude(id, review, c.on(), c.result()));
    }

    /**
     * A service (送达) of one of the case's letters: handed over, posted, e-mailed (sent from here)
     * or served online. Whoever works the case records it; a refusal shows the letter's form again.
     */
    @POST
    @Path("{id}/documents/{document}/service")
    @RolesAllowed({ Roles.CLERK, Roles.HANDLER, Roles.OFFICE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordService(@PathParam("id") UUID id, @PathParam("document") UUID document,
            @RestForm String method, @RestForm String on, @RestForm String trackingNumber,
            @RestForm String receivedOn, @RestForm String signer) {
        FormInput form = new FormInput().labelledBy("field.service.");
        var request = new ServiceRequest(form.choice("method", method, ServiceMethod.class), form.date("on", on),
                form.text("trackingNumber", trackingNumber), form.date("receivedOn", receivedOn),
                form.text("signer", signer));
        form.addViolations(validator.validate(request));
        if (!form.hasErrors()) {
            try {
                services.record(id, document, request);
                return Response.seeOther(URI.create("/ui/applications/" + id)).build();
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return answer(form.status(), page(id, serviceForm(document), form, null));
    }

    /** The id of the form on the case page that records a letter's service. */
    static String serviceForm(UUID document) {
        return "service-" + document;
    }

    /** A form the person's role does not take leads to the page that says so, as any page outside the role. */
    private void requireRole(CaseAction action) {
        if (!action.mayBeTakenBy(viewer::has)) {
            throw new ForbiddenException();
        }
    }

    private <R> Response act(UUID id, CaseAction action, FormInput form, R request, Consumer<R> service) {
        return act(id, action, action.path(), form, request, service);
    }

    /**
     * Validates the request record built from a form, hands it to the service and redirects to the
     * case; a refusal shows the case page again with the action's form ({@code formId}) open and its
     * reasons. Posted to the action's address with the query {@code ?preview} (the form's 预览文书
     * button), it answers the letter the action would issue and changes nothing.
     */
    private <R> Response act(UUID id, CaseAction action, String formId, FormInput form, R request,
            Consumer<R> service) {
        requireRole(action);
        form.addViolations(validator.validate(request));
        if (!form.hasErrors()) {
            try {
                if (PREVIEW.equals(http.query())) {
                    LetterPreviews.Preview preview = previews.of(id, null, () -> service.accept(request));
                    return DocumentResource.download(preview.number(), preview.pdf());
                }
                service.accept(request);
                return Response.seeOther(URI.create("/ui/applications/" + id)).build();
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return answer(form.status(), page(id, formId, form, null));
    }

    /**
     * The case page; {@code openForm} names the form shown open (after a refusal or a preview), and
     * {@code feePreview} is the fee notice's preview, if that is what the page answers.
     */
    private TemplateInstance page(UUID id, String openForm, FormInput form, Fee feePreview) {
        CaseQueries.Explained read = queries.explained(id);
        CaseDetails c = read.details();
        List<ReviewRow> reviewRows = reviews.ofCase(c.id()).stream().map(ReviewRow::of).toList();
        List<CaseDetails.Department> departments = Department.<Department> list("agencyCode = ?1 order by code",
                c.agency()).stream().map(d -> new CaseDetails.Department(d.code, d.name)).toList();
        List<DocumentView> letters = documents.ofCase(c.id());
        boolean shown = openForm != null && (shows(c, openForm, reviewRows)
                || letters.stream().anyMatch(d -> serviceForm(d.id()).equals(openForm)));
        FormInput unshownRefusal = openForm != null && !shown ? form : null;
        LocalDate today = dates.today();
        return Templates.casePage(c, departments, read.deadline(), rules, reviewRows,
                FeeMethod.values(), Review.Result.values(), unshownRefusal, OutcomeGroup.DECIDABLE, OutcomeGroup.DECIDABLE_OUTCOMES,
                process.stepOf(c.status()).orElse(""), today, new ActionForms(openForm, form, rules.byName(), today),
                feePreview,
                letters, ServiceMethod.values());
    }

    /** A form of the case page that another class takes (AttachmentPages), refused: the case page again with its reasons. */
    Response refused(UUID id, String formId, FormInput form) {
        return answer(form.status(), page(id, formId, form, null));
    }

    /**
     * A page answering with a status of its own (a refused form, the fee preview). It is rendered
     * here so that it goes out as text/html;charset=UTF-8 like every page a method returns: left in
     * the Response, a checked template's instance would be sent as its bare variant, text/html.
     */
    private static Response answer(int status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).build();
    }

    /**
     * Whether the case page shows the form with this id, where a refusal of it appears. A form
     * submitted from a page gone stale (the case moved on, or the action was taken once already)
     * is not shown again, and its refusal needs a place of its own.
     */
    private static boolean shows(CaseDetails c, String formId, List<ReviewRow> reviewRows) {
        if (formId.equals(AttachmentPages.FORM)) {
            // Whoever may file papers has the upload form on every case page.
            return true;
        }
        if (!c.allows(CaseAction.REVIEWS.path())) {
            return c.allows(formId);
        }
        return switch (formId) {
            case "reconsideration", "litigation" -> true;
            default -> c.allows(formId) || reviewRows.stream()
                    .anyMatch(row -> row.formId().equals(formId) && row.review().result() == null);
        };
    }
}
