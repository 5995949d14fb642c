package cn.gov.disclosure.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every wording the service shows people, from one bundle: {@code messages/wording.properties}
 * holds the refusals in English (the API's language) and {@code messages/wording_zh.properties}
 * the Chinese of refusals, labels, events and outcomes, in the terms of 《政府信息公开条例》, for a
 * reader of the Regulations to check line by line. Values name their arguments as {@code {name}}.
 */
public final class Wording {

    private static final Properties ENGLISH = load("messages/wording.properties");
    private static final Properties CHINESE = load("messages/wording_zh.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private Wording() {
    }

    /** The refusal in English: its field's message, or the whole refusal's. */
    public static String english(Refusal refusal) {
        String text = ENGLISH.getProperty(refusal.reason().key());
        return text == null ? refusal.reason().key() : fill(text, refusal.args());
    }

    /**
     * The refusal in Chinese, where the bundle words it. Refusals only the API's administration
     * meets are worded in English alone; a page shows a general sentence by their kind instead.
     */
    public static Optional<String> chinese(Refusal refusal) {
        return Optional.ofNullable(CHINESE.getProperty(refusal.reason().key())).map(text -> fill(text, refusal.args()));
    }

    /** The Chinese label of a code: {@code CaseStatus.RECEIVED} → 待审查. */
    public static String label(Enum<?> code) {
        return chinese(keyOf(code.getDeclaringClass(), code.name()));
    }

    /** A Chinese text of the bundle by its key; the key itself where the bundle has none (shows the gap). */
    public static String chinese(String key, Object... namesAndValues) {
        return chinese(key, Refusal.pairs(namesAndValues));
    }

    /** A Chinese text of the bundle by its key, its arguments by name; the key itself where the bundle has none. */
    public static String chinese(String key, Map<String, Object> arguments) {
        String text = CHINESE.getProperty(key);
        return text == null ? key : fill(text, arguments);
    }

    /** A code's key: its type's name within its package (nested types joined by dots), a dot, its name. */
    static String keyOf(Class<?> type, String name) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.') + "." + name;
    }

    /** Whether the Chinese bundle words {@code key}. */
    public static boolean hasChinese(String key) {
        return CHINESE.containsKey(key);
    }

    /** Whether the English bundle words {@code key}, for the test that keeps it complete. */
    public static boolean hasEnglish(String key) {
        return ENGLISH.containsKey(key);
    }

    private static String fill(String text, Map<String, Object> args) {
        Matcher m = ARGUMENT.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        return m.appendTail(filled).toString();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
