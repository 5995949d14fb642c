package cn.gov.disclosure.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The faces the letter template names: {@code LetterBody} for the text, {@code LetterHeading} for
 * the issuer's name and the title, {@code LetterFallback} for what a configured text font lacks.
 * The shipped Noto Serif SC is read from the class path once and kept (about 30 MB); a configured
 * file is read by each rendering. Every face is embedded as a subset of the glyphs printed.
 */
final class LetterFonts {

    static final String BODY = "LetterBody";
    static final String HEADING = "LetterHeading";
    static final String FALLBACK = "LetterFallback";

    /** Put on the class path by src/build/letter-fonts.xml, with its licence (OFL.txt) beside it. */
    static final String SHIPPED_REGULAR = "fonts/letters/NotoSerifSC-Regular.ttf";
    static final String SHIPPED_BOLD = "fonts/letters/NotoSerifSC-Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;
    private final Optional<Path> body;
    private final Optional<Path> heading;

    private LetterFonts(byte[] regular, byte[] bold, Optional<Path> body, Optional<Path> heading) {
        this.regular = regular;
        this.bold = bold;
        this.body = body;
        this.heading = heading;
    }

    /** The shipped faces, with the configured files (checked by {@link #check}) in their places. */
    static LetterFonts load(Optional<Path> body, Optional<Path> heading) {
        body.ifPresent(LetterFonts::check);
        heading.ifPresent(LetterFonts::check);
        return new LetterFonts(shipped(SHIPPED_REGULAR), heading.isPresent() ? null : shipped(SHIPPED_BOLD), body,
                heading);
    }

    static LetterFonts shipped() {
        return load(Optional.empty(), Optional.empty());
    }

    void register(PdfRendererBuilder builder) {
        if (body.isPresent() || heading.isPresent()) {
            builder.useFont(() -> new ByteArrayInputStream(regular), FALLBACK, 400, FontStyle.NORMAL, true);
        }
        if (body.isPresent()) {
            builder.useFont(body.get().toFile(), BODY, 400, FontStyle.NORMAL, true);
        } else {
            builder.useFont(() -> new ByteArrayInputStream(regular), BODY, 400, FontStyle.NORMAL, true);
        }
        if (heading.isPresent()) {
            builder.useFont(heading.get().toFile(), HEADING, 400, FontStyle.NORMAL, true);
        } else {
            builder.useFont(() -> new ByteArrayInputStream(bold), HEADING, 400, FontStyle.NORMAL, true);
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
