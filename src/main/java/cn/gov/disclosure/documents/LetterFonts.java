package cn.gov.disclosure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;

/**
 * The faces the letter template names: {@code LetterBody} for the text, {@code LetterHeading} for
 * the issuer's name and the title, {@code LetterHeadingFallback} and {@code LetterFallback} for
 * what they lack. The shipped Noto Serif SC is read from the class path once and kept (about 30 MB),
 * with its {@link CommonFace common faces} made from it; the common faces print the body and the
 * heading, the whole ones stand behind them. Their parses are lent to one printing at a time
 * ({@link #lend}). A configured file is read by each printing. Every face is embedded as a subset of
 * the glyphs printed, and only into a document that prints one of its glyphs.
 */
final class LetterFonts {

    static final String BODY = "LetterBody";
    static final String HEADING = "LetterHeading";
    static final String HEADING_FALLBACK = "LetterHeadingFallback";
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

    /**
     * The shipped faces parsed, for one printing at a time: the common ones at once, the whole ones
     * when a printing first needs a character the common ones lack.
     */
    private final class Parsed {
        private final TrueTypeFont commonRegular = common.regular() == null ? null : parse(common.regular());
        private final TrueTypeFont commonBold = common.bold() == null ? null : parse(common.bold());
        private TrueTypeFont regular;
        private TrueTypeFont bold;

        TrueTypeFont regular() {
            if (regular == null) {
                regular = parse(whole.regular());
            }
            return regular;
        }

        TrueTypeFont bold() {
            if (bold == null) {
                bold = parse(whole.bold());
            }
            return bold;
        }
    }

    /**
     * Two shipped faces' bytes, regular and bold: the bold none where a heading font is configured,
     * and the common regular none where a body font is.
     */
    private record Shipped(byte[] regular, byte[] bold) {
    }

    private final Shipped whole;
    private final Shipped common;
    private final Optional<Path> body;
    private final Optional<Path> heading;
    /**
     * Each face's metrics (ascent, descent, strike-through, underline) as the renderer measured them
     * in the first document, by family, weight and style. Without them the renderer loads every face
     * a text's font-family names into each document to measure it, the whole faces behind the common
     * ones too, which is what leaving them out of a letter that needs none of their glyphs saves.
     */
    private final FSCacheEx<String, FSCacheValue> metrics = new Metrics();
    private final Semaphore printings = new Semaphore(PRINTINGS);
    private final BlockingQueue<Parsed> idle = new LinkedBlockingQueue<>();

    private LetterFonts(Shipped whole, Optional<Path> body, Optional<Path> heading) {
        this.whole = whole;
        // Cut only for the faces that print: a configured body font takes the common regular's place.
        this.common = new Shipped(body.isPresent() ? null : CommonFace.of(whole.regular()),
                whole.bold() == null ? null : CommonFace.of(whole.bold()));
        this.body = body;
        this.heading = heading;
    }

    /** The shipped faces, with the configured files (checked by {@link #check}) in their places. */
    static LetterFonts load(Optional<Path> body, Optional<Path> heading) {
        body.ifPresent(LetterFonts::check);
        heading.ifPresent(LetterFonts::check);
        return new LetterFonts(new Shipped(shipped(SHIPPED_REGULAR), heading.isPresent() ? null : shipped(SHIPPED_BOLD)),
                body, heading);
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
            builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
            builder.useFont(whenNeeded(parsed::regular, document), FALLBACK, 400, FontStyle.NORMAL, true);
            if (body.isPresent()) {
                builder.useFont(body.get().toFile(), BODY, 400, FontStyle.NORMAL, true);
            } else {
                builder.useFont(whenNeeded(() -> parsed.commonRegular, document), BODY, 400, FontStyle.NORMAL, true);
            }
            if (heading.isPresent()) {
                builder.useFont(heading.get().toFile(), HEADING, 400, FontStyle.NORMAL, true);
            } else {
                builder.useFont(whenNeeded(() -> parsed.commonBold, document), HEADING, 400, FontStyle.NORMAL, true);
                builder.useFont(whenNeeded(parsed::bold, document), HEADING_FALLBACK, 400, FontStyle.NORMAL, true);
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
                parsed = new Parsed();
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

    /**
     * A parsed face for {@code document}, embedded as a subset of the glyphs it prints, and loaded
     * into it only when the renderer first asks for the face: a document that prints none of its
     * glyphs is spared loading it (every glyph's width, a good part of a letter's printing).
     */
    private static PDFontSupplier whenNeeded(Supplier<TrueTypeFont> face, PDDocument document) {
        return new PDFontSupplier(null) {
            private PDFont loaded;

            @Override
            public PDFont supply() {
                if (loaded == null) {
                    try {
                        loaded = PDType0Font.load(document, face.get(), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded;
            }
        };
    }

    /** The renderer's cache of face metrics, shared by every printing with these faces. */
    private static final class Metrics implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> measured = new ConcurrentHashMap<>();

        @Override
        public void put(String face, FSCacheValue metrics) {
            measured.put(face, metrics);
        }

        @Override
        public FSCacheValue get(String face, Callable<? extends FSCacheValue> measure) {
            return measured.computeIfAbsent(face, key -> {
                try {
                    return measure.call();
                } catch (Exception e) {
                    throw new IllegalStateException("Measuring the letter face " + key + " failed", e);
                }
            });
        }

        @Override
        public FSCacheValue get(String face) {
            return measured.get(face);
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
