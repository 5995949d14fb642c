package cn.gov.disclosure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

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

/**
 * Prints an XHTML page (a letter, a 送达回证) as PDF in the faces of {@link LetterFonts}, embedded.
 * The same page always gives the same bytes: the PDF carries no creation date, and its file
 * identifier is derived from what it prints.
 */
final class XhtmlPdf {

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final LetterFonts fonts;

    XhtmlPdf(LetterFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(String xhtml) {
        return fonts.lend(faces -> render(xhtml, faces));
    }

    private static byte[] render(String xhtml, LetterFonts.Faces faces) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged for screen readers (PDF/UA), which also keeps out the base-14 fonts, never embedded.
        builder.usePdfUaAccessibility(true);
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        faces.register(builder, document);
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

    /** Drops what XML 1.0 does not allow: C0 controls but tab and line breaks, lone surrogates, U+FFFE/F. */
    static String xmlText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XhtmlPdf::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * openhtmltopdf's messages in the service's log; its own logger prints every step of every
     * page to the console. What it reports below a warning (timings, fonts loaded) is debug.
     */
    private static final class RendererLog implements XRLogger {

        /**
         * The loggers by name, found once: the renderer asks whether a level is enabled many times a
         * page, and each lookup made the log manager build a logger anew.
         */
        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

        private Logger logger(String name) {
            return loggers.computeIfAbsent(name, Logger::getLogger);
        }

        @Override
        public void log(String where, Level level, String message) {
            logger(where).log(level(level), message);
        }

        @Override
        public void log(String where, Level level, String message, Throwable failure) {
            logger(where).log(level(level), message, failure);
        }

        @Override
        public void setLevel(String logger, Level level) {
            logger(logger).setLevel(level);
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return logger(diagnostic.getLogMessageId().getWhere()).isLoggable(level(diagnostic.getLevel()));
        }

        private static Level level(Level level) {
            return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
        }
    }
}
