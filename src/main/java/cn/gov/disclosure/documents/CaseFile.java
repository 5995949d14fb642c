package cn.gov.disclosure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.disclosure.agency.Agency;
import cn.gov.disclosure.attachment.AttachmentService;
import cn.gov.disclosure.attachment.AttachmentView;
import cn.gov.disclosure.attachment.Download;
import cn.gov.disclosure.cases.CaseQueries;
import cn.gov.disclosure.cases.DisclosureCase;
import cn.gov.disclosure.common.BusinessDates;
import cn.gov.disclosure.common.Sha256;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The 案卷 as one archive: an index (目录.pdf), every letter as issued, every paper received, and
 * {@code SHA256SUMS} over them all, as {@code sha256sum -c} reads it. What an auditor, a
 * reconsideration body or a court asks for; for whoever may see the case.
 */
@ApplicationScoped
public class CaseFile {

    /** One line of the index: what the file is, and where it lies in the archive. */
    public record Entry(String category, String label, String date, String path, String sha256) {
    }

    /** The archive and the name it is saved under. */
    public record Archive(String name, byte[] zip) {
    }

    @Inject
    CaseQueries cases;

    @Inject
    AttachmentService attachments;

    @Inject
    LetterPdf letters;

    @Inject
    LetterPrints prints;

    @Inject
    BusinessDates dates;

    @Inject
    @Location("documents/case-file-index.html")
    Template index;

    public Archive of(UUID caseId) {
        DisclosureCase c = cases.find(caseId);
        List<Entry> entries = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder sums = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Document d : Document.ofCase(caseId)) {
                LetterPrints.Printed printed = prints.printed(d);
                String path = String.format("文书/%02d %s %s.pdf", ++n, d.number, d.title);
                entries.add(new Entry("文书", d.number + " " + d.title, d.issuedOn.toString(), path, printed.sha256()));
                add(zip, sums, path, printed.pdf());
            }
            n = 0;
            for (AttachmentView a : attachments.ofCase(caseId)) {
                Download file = attachments.download(caseId, a.id());
                String path = String.format("材料/%02d %s", ++n, a.name());
                entries.add(new Entry("材料", a.name(), LocalDate.ofInstant(a.uploadedAt(), dates.zone()).toString(), path, a.sha256()));
                add(zip, sums, path, file.bytes());
            }
            Agency agency = Agency.findById(c.agencyCode);
            String issuer = Letters.issuer(agency);
            byte[] indexPdf = letters.printer().render(index.data("issuer", XhtmlPdf.xmlText(issuer))
                    .data("trackingNumber", c.trackingNumber)
                    .data("entries", entries.stream().map(e -> new Entry(e.category(), XhtmlPdf.xmlText(e.label()),
                            e.date(), XhtmlPdf.xmlText(e.path()), e.sha256())).toList())
                    .data("date", ChineseDates.date(dates.today())).render());
            add(zip, sums, "目录.pdf", indexPdf);
            zip.putNextEntry(new ZipEntry("SHA256SUMS"));
            zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Archive("案卷 " + c.trackingNumber + ".zip", bytes.toByteArray());
    }

    private static void add(ZipOutputStream zip, StringBuilder sums, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
        sums.append(Sha256.hex(content)).append("  ").append(path).append('\n');
    }
}
