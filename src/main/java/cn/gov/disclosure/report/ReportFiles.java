package cn.gov.disclosure.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.common.Downloads;
import cn.gov.disclosure.documents.LetterPdf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The whole report as the files an office publishes (the Word file, the web page, the PDF), all drawn from
 * one {@link ReportDocument}, for the API and the web application alike.
 */
@ApplicationScoped
public class ReportFiles {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    /** The header listing the rules of the checks that fail, so a client sees them without reading the file. */
    public static final String FAILING_CHECKS = "Report-Checks-Failing";

    @CheckedTemplate(basePath = "report")
    static class Templates {

        static native TemplateInstance report(ReportDocument report);
    }

    @Inject
    LetterPdf printer;

    /** The Word file, for the office to edit further. */
    public Response docxDownload(ReportDocument report) {
        return download(report, ReportDocx.write(report), "docx", DOCX, "attachment");
    }

    /** The page for the website: self-contained (its style inline, no script, no image) and printable. */
    public String html(ReportDocument report) {
        return Templates.report(report).render();
    }

    public Response htmlDownload(ReportDocument report) {
        return download(report, html(report), "html", MediaType.TEXT_HTML + "; charset=UTF-8", "inline");
    }

    /** The same page printed as an A4 PDF, its faces embedded. */
    public Response pdfDownload(ReportDocument report) {
        return download(report, printer.print(html(report)), "pdf", PDF, "attachment");
    }

    private static Response download(ReportDocument report, Object body, String extension, String mediaType,
            String disposition) {
        Response.ResponseBuilder response = Response.ok(body, mediaType).header("Content-Disposition",
                Downloads.contentDisposition(disposition, report.fileName() + "." + extension,
                        report.title() + "." + extension));
        if (!report.failing().isEmpty()) {
            response.header(FAILING_CHECKS,
                    String.join(", ", report.failing().stream().map(check -> check.rule()).toList()));
        }
        return response.build();
    }
}
