package cn.gov.disclosure.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.disclosure.attachment.CaseAttachmentsResource;
import cn.gov.disclosure.attachment.ReceivedFile;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.ledger.LedgerExport;
import cn.gov.disclosure.ledger.LedgerImport;
import cn.gov.disclosure.ledger.LedgerRefusal;
import cn.gov.disclosure.ledger.LedgerResource;
import cn.gov.disclosure.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * 台账: the office takes over its ledger (the template, a check that stores nothing and lists every
 * problem row by row, the import) and downloads its cases in the same layout, year by year. The
 * downloads are served here for the pages' session (the API takes HTTP Basic only).
 */
@Path("/ui/ledger")
@RolesAllowed({ Roles.OFFICE, Roles.ADMIN })
public class LedgerPage {

    /** The years offered for the export, this one first. */
    private static final int YEARS_OFFERED = 6;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance ledger(FormInput form, List<Integer> years, LedgerImport.Result result,
                boolean dryRun, String fileName);
    }

    @Inject
    LedgerImport imports;

    @Inject
    LedgerExport exports;

    @Inject
    BusinessDates dates;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.ledger(new FormInput(), years(), null, false, null);
    }

    /** 检查 (a dry run) or 导入, by the button pressed; the report of either on the page. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String mode) {
        FormInput form = new FormInput();
        boolean dryRun = !"import".equals(mode);
        ReceivedFile received = CaseAttachmentsResource.received(file);
        if (received == null || received.size() == 0) {
            form.addRefusal(Refusal.ofField("file", LedgerRefusal.FILE_REQUIRED));
        } else {
            try {
                LedgerImport.Result result = imports.run(null, received.name(), Files.readAllBytes(received.path()),
                        dryRun);
                return Response.ok(Templates.ledger(form, years(), result, dryRun, received.name()).render()).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException failed) {
                form.addFailure(failed);
            }
        }
        return Response.status(form.status()).entity(Templates.ledger(form, years(), null, dryRun, null).render())
                .build();
    }

    @GET
    @Path("template.xlsx")
    public Response template() {
        return LedgerResource.download(LedgerResource.XLSX, "台账模板.xlsx", LedgerExport.template());
    }

    @GET
    @Path("{year}.xlsx")
    public Response xlsx(@PathParam("year") String year) {
        LedgerExport.Exported exported = exports.xlsx(null, year);
        return LedgerResource.download(LedgerResource.XLSX, exported.name(), exported.content());
    }

    @GET
    @Path("{year}.csv")
    public Response csv(@PathParam("year") String year) {
        LedgerExport.Exported exported = exports.csv(null, year);
        return LedgerResource.download(LedgerResource.CSV, exported.name(), exported.content());
    }

    private List<Integer> years() {
        int thisYear = dates.today().getYear();
        return IntStream.range(0, YEARS_OFFERED).map(i -> thisYear - i).boxed().toList();
    }
}
