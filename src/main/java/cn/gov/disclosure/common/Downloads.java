package cn.gov.disclosure.common;

import java.nio.charset.StandardCharsets;

/** How a file the service serves is named to the browser that saves or shows it. */
public final class Downloads {

    /** The characters RFC 5987 lets stand unencoded in {@code filename*}, besides letters and digits. */
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /**
     * A {@code Content-Disposition} of {@code type} ({@code attachment} or {@code inline}): {@code
     * filename} with an ASCII stand-in for clients of old, {@code filename*} with the name itself
     * (RFC 6266, RFC 5987).
     */
    public static String contentDisposition(String type, String ascii, String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return type + "; filename=\"" + asciiOf(ascii) + "\"; filename*=UTF-8''" + encoded;
    }

    /** As {@link #contentDisposition(String, String, String)}, the stand-in made of the name's ASCII characters. */
    public static String contentDisposition(String type, String name) {
        return contentDisposition(type, name, name);
    }

    private static String asciiOf(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }
}
