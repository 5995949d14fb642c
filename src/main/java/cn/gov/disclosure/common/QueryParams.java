package cn.gov.disclosure.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import cn.gov.disclosure.common.problem.ApiProblem;

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
            throw ApiProblem.invalid(name, "must be a date YYYY-MM-DD", "日期格式应为 年-月-日，例如 2025-03-01");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.invalid(name, "must be true or false", "只能是 true（是）或者 false（否）");
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
                throw ApiProblem.invalid(name, "must lie between " + min + " and " + max,
                        "应在 " + min + " 至 " + max + " 之间");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(name, "must be a whole number", "请填写整数");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(name, "is not one of " + Arrays.toString(type.getEnumConstants()),
                    "不是可选的值，请从列表中选择");
        }
    }
}
