package cn.gov.disclosure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

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
 * The shipped Noto Serif SC is read from the class path once and kept (about 30 MB); its parses are
 * lent to one printing at a time ({@link #lend}). A configured file is read by each printing. Every
 * face is embedded as a subset of the glyphs printed.
 */
final class LetterFonts {

    static final String BODY = "LetterBody";
    static final String HEADING = "LetterHeading";
    static final String FALLBACK = "LetterFallback";

    /** Put on the class path by src/build/letter-fonts.xml, with its licence (OFL.txt) beside it. */
    static final String SHIPPED_REGULAR = "fonts/letters/NotoSerifSC-Regular.ttf";
    static final String SHIPPED_BOLD = "fonts/letters/NotoSerifSC-Bold.ttf";

    /**
     * At most this many printings at once, each with a parse of the shipped faces of its own.
     * Parsing a CJK font (tens of megabytes of tables) costs most of a second and a good deal of
     * memory, so parses are kept and reused rather than made per letter or per thread (a service
     * has hundreds of threads); PDFBox does not promise that one parse may be read by two documents
     * at once. Printing is CPU, so more printings than processors would only wait for each other.
     */
    private static final int PRINTINGS = Runtime.getRuntime().availableProcessors();

    /** The shipped faces parsed, for one printing at a time. */
    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final byte[] regular;
    private final byte[] bold;
    private final Optional<Path> body;
    private final Optional<Path> heading;
    private final Semaphore printings = new Semaphore(PRINTINGS);
    private final BlockingQueue<Parsed> idle = new LinkedBlockingQueue<>();

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

    /** What prints one document, in the faces lent to it. */
    interface Printing<T> {
        T print(Faces faces);
    }

    /** The faces lent to one printing, to register with its builder. */
    final class Faces {

        private final Parsed parsed;

        private Faces(Parsed parsed) {
            this.parsed = parsed;
        }

        /** The faces for the document {@code builder} prints into. */
        void register(PdfRendererBuilder builder, PDDocument document) {
            if (body.isPresent() || heading.isPresent()) {
                builder.useFont(embedded(parsed.regular(), document), FALLBACK, 400, FontStyle.NORMAL, true);
            }
            if (body.isPresent()) {
                builder.useFont(body.get().toFile(), BODY, 400, FontStyle.NORMAL, true);
            } else {
                builder.useFont(embedded(parsed.regular(), document), BODY, 400, FontStyle.NORMAL, true);
            }
            if (heading.isPresent()) {
                builder.useFont(heading.get().toFile(), HEADING, 400, FontStyle.NORMAL, true);
            } else {
                builder.useFont(embedded(parsed.bold(), document), HEADING, 400, FontStyle.NORMAL, true);
            }
        }
    }

    /**
     * Runs {@code printing} with a parse of the shipped faces that no other printing uses meanwhile:
     * one kept from an earlier printing, else a new one. Waits while {@link #PRINTINGS} are printing.
     */
    <T> T lend(Printing<T> printing) {
        printings.acquireUninterruptibly();
        try {
            Parsed parsed = idle.poll();
            if (parsed == null) {
                parsed = new Parsed(parse(regular), bold == null ? null : parse(bold));
            }
            try {
                return printing.print(new Faces(parsed));
            } finally {
                idle.add(parsed);
            }
        } finally {
            printings.release();
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parsed face in {@code document}, embedded as a subset of the glyphs it prints. */
    private static PDFontSupplier embedded(TrueTypeFont face, PDDocument document) {
        try {
            return new PDFontSupplier(PDType0Font.load(document, face, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
