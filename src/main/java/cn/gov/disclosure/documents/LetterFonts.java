package cn.gov.disclosure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The faces the letter template names: {@code LetterBody} for the text, {@code LetterHeading} for
 * the issuer's name and the title, {@code LetterFallback} for what a configured text font lacks.
 * The shipped Noto Serif SC is read from the class path once and kept (about 30 MB), parsed once per
 * thread; a configured file is read by each rendering. Every face is embedded as a subset of the
 * glyphs printed.
 */
final class LetterFonts {

    static final String BODY = "LetterBody";
    static final String HEADING = "LetterHeading";
    static final String FALLBACK = "LetterFallback";

    /** Put on the class path by src/build/letter-fonts.xml, with its licence (OFL.txt) beside it. */
    static final String SHIPPED_REGULAR = "fonts/letters/NotoSerifSC-Regular.ttf";
    static final String SHIPPED_BOLD = "fonts/letters/NotoSerifSC-Bold.ttf";

    /**
     * A TrueType face parsed once per thread and shared by the documents it prints: parsing a CJK
     * font (tens of megabytes of tables) for every letter cost most of a second under load. Each
     * thread has its own parse, as PDFBox does not promise that one may be read from two threads.
     */
    private static final class Face {

        private final byte[] bytes;
        private final ThreadLocal<TrueTypeFont> parsed;

        Face(byte[] bytes) {
            this.bytes = bytes;
            this.parsed = ThreadLocal.withInitial(this::parse);
        }

        private TrueTypeFont parse() {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The face in {@code document}, embedded as a subset of the glyphs it prints. */
        PDFontSupplier in(PDDocument document) {
            try {
                return new PDFontSupplier(PDType0Font.load(document, parsed.get(), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Face regular;
    private final Face bold;
    private final Optional<Path> body;
    private final Optional<Path> heading;

    private LetterFonts(Face regular, Face bold, Optional<Path> body, Optional<Path> heading) {
        this.regular = regular;
        this.bold = bold;
        this.body = body;
        this.heading = heading;
    }

    /** The shipped faces, with the configured files (checked by {@link #check}) in their places. */
    static LetterFonts load(Optional<Path> body, Optional<Path> heading) {
        body.ifPresent(LetterFonts::check);
        heading.ifPresent(LetterFonts::check);
        return new LetterFonts(new Face(shipped(SHIPPED_REGULAR)),
                heading.isPresent() ? null : new Face(shipped(SHIPPED_BOLD)), body, heading);
    }

    static LetterFonts shipped() {
        return load(Optional.empty(), Optional.empty());
    }

    /** The faces for the document {@code builder} prints into. */
    void register(PdfRendererBuilder builder, PDDocument document) {
        if (body.isPresent() || heading.isPresent()) {
            builder.useFont(regular.in(document), FALLBACK, 400, FontStyle.NORMAL, true);
        }
        if (body.isPresent()) {
            builder.useFont(body.get().toFile(), BODY, 400, FontStyle.NORMAL, true);
        } else {
            builder.useFont(regular.in(document), BODY, 400, FontStyle.NORMAL, true);
        }
        if (heading.isPresent()) {
            builder.useFont(heading.get().toFile(), HEADING, 400, FontStyle.NORMAL, true);
        } else {
            builder.useFont(bold.in(document), HEADING, 400, FontStyle.NORMAL, true);
        }
    }

    /**
     * Refuses a configured font that is missing or that PDFBox could not embed, so that a wrong
     * setting stops the service at start rather than at the first letter.
     */
    static void check(Path font) {
        byte[] tag = new byte[4];
        try (InputStream in = Files.newInputStream(font)) {
            if (in.readNBytes(tag, 0, 4) < 4) {
                throw new IllegalStateException("The letter font " + font + " is not a font file");
            }
        } catch (IOException e) {
            throw new IllegalStateException("The letter font " + font + " cannot be read: " + e.getMessage(), e);
        }
        String kind = new String(tag, StandardCharsets.ISO_8859_1);
        if (kind.equals("OTTO")) {
            throw new IllegalStateException("The letter font " + font
                    + " has CFF outlines, which PDFBox cannot embed; name a font with TrueType outlines (.ttf)");
        }
        if (!kind.equals("\0\1\0\0") && !kind.equals("true") && !kind.equals("ttcf")) {
            throw new IllegalStateException("The letter font " + font + " is not a TrueType font (.ttf or .ttc)");
        }
    }

    private static byte[] shipped(String resource) {
        try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path; the build puts it there"
                        + " (src/build/letter-fonts.xml)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
