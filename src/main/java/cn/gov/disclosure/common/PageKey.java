package cn.gov.disclosure.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Where the next page of a list begins: just after the row whose sort key is this one (keyset
 * paging). A page read this way comes from the index at its key, whatever its depth, and rows with
 * equal dates are told apart by the key's last value, which is unique. In an address the values are
 * joined by {@code _}, an absent date (not yet known) as nothing; the last value may itself hold a
 * {@code _}.
 */
public record PageKey(List<String> values) {

    private static final String SEPARATOR = "_";

    /**
     * How a list keys its rows: the number of values and a row's key. Defined beside the query that
     * reads the key's values, so that the page writing a key and the query reading it agree.
     */
    public record Shape<T>(int parts, Function<T, PageKey> of) {
    }

    /** The key of a row from its sort values, a null date among them. */
    public static PageKey of(Object... values) {
        return new PageKey(Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList());
    }

    /**
     * The key of a query parameter {@code after} with {@code parts} values, null when absent; a
     * malformed one is refused, as a bad page number is.
     */
    public static PageKey parse(String text, int parts) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<String> values = List.of(text.split(SEPARATOR, parts));
        if (values.size() != parts || values.get(parts - 1).isEmpty()) {
            throw malformed();
        }
        return new PageKey(values);
    }

    /** The value at {@code index} as a date, null where none was known. */
    public LocalDate date(int index) {
        String value = values.get(index);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw malformed();
        }
    }

    public String text(int index) {
        return values.get(index);
    }

    public long number(int index) {
        try {
            return Long.parseLong(values.get(index));
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    /** The key as the value of {@code after} in an address. */
    public String encoded() {
        return URLEncoder.encode(String.join(SEPARATOR, values), StandardCharsets.UTF_8);
    }

    private static RuntimeException malformed() {
        return Refusal.ofField("after", CommonRefusal.NOT_A_PAGE_KEY);
    }
}
