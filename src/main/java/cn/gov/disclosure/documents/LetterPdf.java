package cn.gov.disclosure.documents;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;

/**
 * Prints a {@link Letter} as an A4 PDF laid out after GB/T 9704 (templates/documents/letter.html),
 * with its fonts embedded. The same letter always gives the same bytes, so that the digest kept of
 * an issued letter identifies it ({@link XhtmlPdf}).
 */
@ApplicationScoped
public class LetterPdf {

    private final Template template;
    private final XhtmlPdf printer;

    @Inject
    LetterPdf(@Location("documents/letter.html") Template template, LettersConfig config) {
        this(template, LetterFonts.load(config.fontPath(), config.headingFontPath()));
    }

    LetterPdf(Template template, LetterFonts fonts) {
        this.template = template;
        this.printer = new XhtmlPdf(fonts);
    }

    /** A configured font that cannot be used stops the service at start, not at the first letter. */
    static void checkFonts(@Observes StartupEvent start, LettersConfig config) {
        config.fontPath().ifPresent(LetterFonts::check);
        config.headingFontPath().ifPresent(LetterFonts::check);
    }

    public byte[] render(Letter letter) {
        return printer.render(xhtml(letter));
    }

    /** Prints another XHTML page of the agency (its annual report) in the letters' faces, embedded. */
    public byte[] print(String xhtml) {
        return printer.render(xhtml);
    }

    /** The printer of letters, in the letters' faces, for the other papers printed with them (the 送达回证). */
    XhtmlPdf printer() {
        return printer;
    }

    /**
     * The letter as XHTML. Qute escapes what the letter says; characters that XML cannot carry at
     * all (control characters from a pasted text) are left out.
     */
    String xhtml(Letter letter) {
        List<String> paragraphs = letter.paragraphs().stream().map(XhtmlPdf::xmlText).toList();
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

    /** The text without the characters XML cannot carry, for any page or document written as XML. */
    public static String xmlText(String text) {
        return XhtmlPdf.xmlText(text);
    }
}
