package cn.gov.disclosure.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.report.ProactiveFigures;
import cn.gov.disclosure.report.ReportDocument;
import cn.gov.disclosure.report.ReportFiles;
import cn.gov.disclosure.report.ReportRefusal;
import cn.gov.disclosure.report.ReportService;
import cn.gov.disclosure.report.ReportTexts;
import cn.gov.disclosure.report.ReportView;
import cn.gov.disclosure.security.Roles;
import cn.gov.disclosure.statistics.StatisticsService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The office's 年度报告: the form for what only it knows (一, 二, 五, 六) with the fee sentence
 * derived for 六 offered, the checks, a preview of the whole report and its three downloads. The
 * downloads are served here, as the statistics page's are, because the API takes HTTP Basic only.
 */
@Path("/ui/reports")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    /** The submit button that adds the proposed fee sentence to 六 instead of saving. */
    static final String TAKE_FEE_SENTENCE = "take-fee-sentence";

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance report(FormInput form, ReportView view, ReportDocument document, int year,
                List<Integer> years, boolean saved);
    }

    @Inject
    ReportService reports;

    @Inject
    ReportFiles files;

    @Inject
    BusinessDates dates;

    @Inject
    Validator validator;

    /** The year chosen with {@code ?year=}, last year by default: the report is written after the year ends. */
    @GET
    public Response choose(@QueryParam("year") String year) {
        String chosen = year == null || year.isBlank() ? Integer.toString(dates.today().getYear() - 1) : year;
        return Response.seeOther(URI.create("/ui/reports/" + scope(chosen).year())).build();
    }

    @GET
    @Path("{year}")
    public TemplateInstance show(@PathParam("year") String year, @QueryParam("saved") String saved) {
        ReportService.Draft draft = reports.draft(scope(year));
        FormInput form = new FormInput();
        ReportView view = draft.view();
        form.text("overview", view.overview());
        form.text("problems", view.problems());
        form.text("other", view.other());
        view.proactive().countsByField().forEach((field, figure) -> form.text("proactive." + field,
                figure == null ? null : figure.toString()));
        BigDecimal fees = view.proactive().feesTenThousandYuan();
        form.text("proactive.feesTenThousandYuan", fees == null ? null : fees.toPlainString());
        return Templates.report(form, view, draft.document(), view.year(),
                StatisticsPages.yearsOffered(dates.today().getYear()), saved != null);
    }

    /** Saves the form, or (the fee sentence's button) adds the proposed sentence to 六 and shows the form again. */
    @POST
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("year") String year, @RestForm String overview,
            @RestForm("proactive.regulations.issued") String regulationsIssued,
            @RestForm("proactive.regulations.repealed") String regulationsRepealed,
            @RestForm("proactive.regulations.inForce") String regulationsInForce,
            @RestForm("proactive.normativeDocuments.issued") String normativeIssued,
            @RestForm("proactive.normativeDocuments.repealed") String normativeRepealed,
            @RestForm("proactive.normativeDocuments.inForce") String normativeInForce,
            @RestForm("proactive.licensing") String licensing, @RestForm("proactive.penalties") String penalties,
            @RestForm("proactive.enforcement") String enforcement,
            @RestForm("proactive.feesTenThousandYuan") String fees, @RestForm String problems,
            @RestForm String other, @RestForm String action) {
        StatisticsService.Scope scope = scope(year);
        FormInput form = new FormInput();
        ProactiveFigures figures = new ProactiveFigures(
                new ProactiveFigures.DocumentCounts(form.number("proactive.regulations.issued", regulationsIssued),
                        form.number("proactive.regulations.repealed", regulationsRepealed),
                        form.number("proactive.regulations.inForce", regulationsInForce)),
                new ProactiveFigures.DocumentCounts(form.number("proactive.normativeDocuments.issued", normativeIssued),
                        form.number("proactive.normativeDocuments.repealed", normativeRepealed),
                        form.number("proactive.normativeDocuments.inForce", normativeInForce)),
                form.number("proactive.licensing", licensing), form.number("proactive.penalties", penalties),
                form.number("proactive.enforcement", enforcement), amount(form, fees));
        ReportTexts texts = new ReportTexts(form.text("overview", overview), figures, form.text("problems", problems),
                form.text("other", other));
        boolean takeFeeSentence = TAKE_FEE_SENTENCE.equals(action);
        if (!form.hasErrors() && !takeFeeSentence) {
            form.addViolations(validator.validate(texts));
        }
        if (!form.hasErrors() && !takeFeeSentence) {
            try {
                reports.save(scope, texts);
                return Response.seeOther(URI.create("/ui/reports/" + scope.year() + "?saved=true")).build();
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        ReportService.Draft draft = reports.draft(scope);
        if (takeFeeSentence) {
            String sentence = draft.view().feesDerived().proposedSentence();
            form.text("other", texts.other() == null ? sentence : texts.other() + "\n" + sentence);
        }
        return Response.status(form.hasErrors() ? form.status() : 200).entity(Templates.report(form, draft.view(),
                draft.document(), scope.year(), StatisticsPages.yearsOffered(dates.today().getYear()), false)
                .render()).build();
    }

    @GET
    @Path("{year}/report.docx")
    @Produces(ReportFiles.DOCX)
    public Response docx(@PathParam("year") String year) {
        return files.docxDownload(reports.document(scope(year)));
    }

    @GET
    @Path("{year}/report.html")
    public Response html(@PathParam("year") String year) {
        return files.htmlDownload(reports.document(scope(year)));
    }

    @GET
    @Path("{year}/report.pdf")
    @Produces(ReportFiles.PDF)
    public Response pdf(@PathParam("year") String year) {
        return files.pdfDownload(reports.document(scope(year)));
    }

    private StatisticsService.Scope scope(String year) {
        return reports.scope(year, null, null);
    }

    /** An amount in 万元 as typed; its range is the service's to judge. */
    private static BigDecimal amount(FormInput form, String typed) {
        String text = form.text("proactive.feesTenThousandYuan", typed);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            form.addRefusal(Refusal.ofField("proactive.feesTenThousandYuan", ReportRefusal.AMOUNT, "digits",
                    ReportService.AMOUNT_DIGITS));
            return null;
        }
    }
}
