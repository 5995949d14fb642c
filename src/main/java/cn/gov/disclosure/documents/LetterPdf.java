package cn.gov.disclosure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import cn.gov.disclosure.common.Sha256;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;

/**
 * Prints a {@link Letter} as an A4 PDF laid out after GB/T 9704 (templates/documents/letter.html),
 * with its fonts embedded. The same letter always gives the same bytes, so that the digest kept of
 * an issued letter identifies it: the PDF carries no creation date, and its file identifier is
 * derived from what it prints.
 */
@ApplicationScoped
public class LetterPdf {

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final Template template;
    private final LetterFonts fonts;

    @Inject
    LetterPdf(@Location("documents/letter.html") Template template, LettersConfig config) {
        this(template, LetterFonts.load(config.fontPath(), config.headingFontPath()));
    }

    LetterPdf(Template template, LetterFonts fonts) {
        this.template = template;
        this.fonts = fonts;
    }

    /** A configured font that cannot be used stops the service at start, not at the first letter. */
    static void checkFonts(@Observes StartupEvent start, LettersConfig config) {
        config.fontPath().ifPresent(LetterFonts::check);
        config.headingFontPath().ifPresent(LetterFonts::check);
    }

    public byte[] render(Letter letter) {
        String xhtml = xhtml(letter);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged for screen readers (PDF/UA), which also keeps out the base-14 fonts, never embedded.
        builder.usePdfUaAccessibility(true);
        fonts.register(builder);
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                PDDocumentInformation information = pdf.getDocumentInformation();
                information.setCreationDate(null);
                information.setModificationDate(null);
                byte[] id = Arrays.copyOf(Sha256.of(xhtml), 16);
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                pdf.getDocument().setDocumentID(ids);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The letter as XHTML. Qute escapes what the letter says; characters that XML cannot carry at
     * all (control characters from a pasted text) are left out.
     */
    String xhtml(Letter letter) {
        List<String> paragraphs = letter.paragraphs().stream().map(LetterPdf::xmlText).toList();
        Letter printed = new Letter(xmlText(letter.issuer()), xmlText(letter.title()), xmlText(letter.number()),
                xmlText(letter.salutation()), paragraphs, xmlText(letter.closing()), xmlText(letter.date()));
        // What stays on the signature's page, so that the seal never stands on a page without text:
        // the closing formula, or the last paragraph where there is none. More would leave a page
        // half empty for a long paragraph that did not fit.
        int kept = letter.closing() != null || paragraphs.isEmpty() ? 0 : 1;
        return template.data("letter", printed)
                .data("leading", paragraphs.subList(0, paragraphs.size() - kept))
                .data("last", kept == 0 ? null : paragraphs.get(paragraphs.size() - 1))
                .render();
    }

    /** Drops what XML 1.0 does not allow: C0 controls but tab and line breaks, lone surrogates, U+FFFE/F. */
    static String xmlText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(LetterPdf::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * openhtmltopdf's messages in the service's log; its own logger prints every step of every
     * letter to the console. What it reports below a warning (timings, fonts loaded) is debug.
     */
    private static final class RendererLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            Logger.getLogger(where).log(level(level), message);
        }

        @Override
        public void log(String where, Level level, String message, Throwable failure) {
            Logger.getLogger(where).log(level(level), message, failure);
        }

        @Override
        public void setLevel(String logger, Level level) {
            Logger.getLogger(logger).setLevel(level);
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(level(diagnostic.getLevel()));
        }

        private static Level level(Level level) {
            return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
        }
    }
}
