package cn.gov.disclosure.attachment;

import java.text.Normalizer;

/**
 * File names as clients send them, made safe to keep and to hand back: the name a download
 * carries is the one kept, so it is cleaned once, when the file arrives.
 */
public final class FileNames {

    /** The longest name kept, in characters (code points); the column holds 255. */
    public static final int MAX_LENGTH = 200;

    /** What a file is called whose name has nothing left once cleaned: 材料 (papers), with its type's extension. */
    static final String UNNAMED = "材料";

    /** Characters a file name may not hold on the systems the papers are saved on (Windows' reserved ones). */
    private static final String RESERVED = "<>:\"|?*";
    /** Characters that stand for themselves in an RFC 5987 value (attr-char). */

    private FileNames() {
    }

    /**
     * The name to keep for a file of {@code type} sent as {@code given}: its last path segment (a
     * browser may send {@code C:\…\申请表.pdf}), in NFC, without control, format or unpaired
     * surrogate characters (a right-to-left override can make {@code exe.pdf} of {@code fdp.exe}),
     * reserved characters replaced by {@code _}, trimmed of spaces and of dots at its end, at most
     * {@link #MAX_LENGTH} characters, and ending with an extension of its type: a name whose own
     * extension says otherwise gets the type's added, so that a saved copy opens as what it is
     * (a text named {@code run.bat} is kept as {@code run.bat.txt}).
     */
    public static String clean(String given, FileType type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            int category = Character.getType(c);
            if (category == Character.CONTROL || category == Character.FORMAT || category == Character.SURROGATE
                    || category == Character.UNASSIGNED) {
                return;
            }
            kept.appendCodePoint(RESERVED.indexOf(c) >= 0 ? '_' : c);
        });
        name = stripEnd(kept.toString().strip());
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = UNNAMED;
        } else if (name.startsWith(".")) {
            // Nothing but an extension (or a dot file): named, so that it is no hidden file once saved.
            name = UNNAMED + name;
        }
        String extension = type.names(name) ? "" : "." + type.extension();
        int room = MAX_LENGTH - extension.length();
        if (name.codePointCount(0, name.length()) > room) {
            String own = type.names(name) ? name.substring(name.lastIndexOf('.')) : "";
            String base = name.substring(0, name.length() - own.length());
            int keep = Math.max(1, room - own.codePointCount(0, own.length()));
            name = stripEnd(base.substring(0, base.offsetByCodePoints(0,
                    Math.min(keep, base.codePointCount(0, base.length()))))) + own;
        }
        return name + extension;
    }

    /** Without the spaces and dots at the end, which Windows drops from a name. */
    private static String stripEnd(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }
}
