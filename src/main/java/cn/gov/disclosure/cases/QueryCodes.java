package cn.gov.disclosure.cases;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.gov.disclosure.common.Sha256;

/**
 * The reference and query code (查询码) an online submission is followed with. Both are written
 * in an alphabet without the characters people confuse when they read them out or type them
 * (0/O, 1/I/L), and typed back in any case, with or without spaces and dashes. The code carries 80
 * random bits, so its plain SHA-256 is a safe thing to keep: nobody can search that space, least
 * of all through the throttled status page.
 */
public final class QueryCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** 16 characters of a 31-letter alphabet: 79 bits, in four groups of four. */
    private static final int CODE_LENGTH = 16;
    private static final int REFERENCE_SUFFIX = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when a reference is unknown, so that an unknown one costs what a wrong code costs. */
    private static final byte[] NO_CODE = Sha256.of("no query code");

    private QueryCodes() {
    }

    /** A fresh code, as shown: {@code K7QM-2XHD-9PRT-WC4N}. */
    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A reference for a submission made on {@code day}: {@code W20261206-7KQ2MX}. */
    static String reference(LocalDate day) {
        StringBuilder reference = new StringBuilder("W").append(DAY.format(day)).append('-');
        for (int i = 0; i < REFERENCE_SUFFIX; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** The code as typed, reduced to its letters: upper case, no spaces or dashes. */
    public static String normalized(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static byte[] hash(String code) {
        return Sha256.of(normalized(code));
    }

    /** Whether {@code typed} is the code whose hash is kept; in constant time, and as long for no hash at all. */
    public static boolean matches(byte[] kept, String typed) {
        boolean known = kept != null;
        return MessageDigest.isEqual(known ? kept : NO_CODE, hash(typed)) && known;
    }
}
