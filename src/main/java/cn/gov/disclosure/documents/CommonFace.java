package cn.gov.disclosure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A shipped face cut down to the characters letters print nearly always: GB 2312 (6,763 hanzi and
 * the symbols of official text) and the punctuation blocks. PDFBox loads every glyph's width of a
 * face into each document it prints in, before keeping only the glyphs printed: for the whole face
 * (tens of thousands of glyphs) that was half of a letter's printing. The whole face stays behind it for
 * the rare character (a name's 生僻字) and is loaded only into a document that prints one. The
 * glyphs and their metrics are copied as they are, so the letters look the same.
 */
final class CommonFace {

    /**
     * The tables the face keeps: outlines, metrics, hinting, names and the character map. The
     * OpenType layout tables (GSUB, GPOS, GDEF, BASE) name glyphs by their numbers in the whole face,
     * which the cut renumbers, so they go; PDFBox applies no positioning anyway, and a Chinese text
     * needs no substitution (the face is the Simplified Chinese one), so nothing printed changes but
     * Latin ligatures (fi, fl), which only made a letter's text harder to search and copy.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

    private CommonFace() {
    }

    static byte[] of(byte[] whole) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(whole))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(characters());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * GB 2312, and the whole blocks of the punctuation a letter prints in any of its forms (the dashes
     * around a page number, ellipses, quotes, fullwidth forms): ASCII, Latin-1, General Punctuation,
     * CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms.
     */
    private static Set<Integer> characters() {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Set<Integer> characters = new TreeSet<>();
        for (char c = 0x20; c < 0xFFFF; c++) {
            boolean punctuation = c < 0x100 || (c >= 0x2000 && c < 0x2070) || (c >= 0x3000 && c < 0x3040)
                    || c >= 0xFF00;
            if (punctuation || (!Character.isSurrogate(c) && gb2312.canEncode(c))) {
                characters.add((int) c);
            }
        }
        return characters;
    }
}
