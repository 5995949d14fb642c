package cn.gov.disclosure.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads optional query parameters, refusing malformed ones with a 400 that names them. */
public final class QueryParams {

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Refusal.ofField(name, CommonRefusal.NOT_A_DATE);
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Refusal.ofField(name, CommonRefusal.NOT_A_BOOLEAN);
        };
    }

    /**
     * The page a list request asks for: {@code size} rows (20 by default, at most 200) and a page
     * number from 0 that does not reach beyond {@link PageRequest#MAX_OFFSET} rows.
     */
    public static PageRequest page(String page, String size) {
        int rows = integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(integer("page", page, 0, 0, (int) (PageRequest.MAX_OFFSET / rows)), rows);
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw Refusal.ofField(name, CommonRefusal.OUT_OF_RANGE, "min", min, "max", max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw Refusal.ofField(name, CommonRefusal.NOT_A_WHOLE_NUMBER);
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw Refusal.ofField(name, CommonRefusal.NOT_ONE_OF, "values", Arrays.toString(type.getEnumConstants()));
        }
    }
}
