package cn.gov.disclosure.common;

import java.util.List;

/**
 * The part of a list one request reads: {@code size} rows after the key {@code after} (keyset
 * paging, a web page's 下一页), or from {@code page}'s offset where no key is given (the API, and a
 * web page's older links); and how far the list is counted. A count that stops at
 * {@code countUpTo} says only that there are more: counting a million rows for every page cost
 * more than reading the page.
 */
public record ListWindow(PageRequest page, PageKey after, long countUpTo) {

    /** The web pages' count: exact up to this many rows, "more than" beyond. */
    public static final long WEB_COUNT = 1_000;

    /** Every row counted, as the API's {@code total} is. */
    public static ListWindow exact(PageRequest page) {
        return new ListWindow(page, null, Long.MAX_VALUE);
    }

    /** Where the rows begin when no key is given. */
    public long offset() {
        return after == null ? page.offset() : 0;
    }

    public int size() {
        return page.size();
    }

    /** How many rows to count at most: one beyond {@code countUpTo} tells that the list holds more. */
    public long countLimit() {
        return countUpTo == Long.MAX_VALUE ? countUpTo : countUpTo + 1;
    }

    /**
     * Rows of a list: {@code total} is exact unless {@code capped}, when the list holds more than
     * {@code total} rows; {@code more} whether rows follow these.
     */
    public record Slice<T>(List<T> items, boolean more, long total, boolean capped) {
    }

    /** The slice of rows read with one beyond the page, and counted up to {@link #countLimit}. */
    public <T> Slice<T> slice(List<T> readWithOneMore, long counted) {
        boolean more = readWithOneMore.size() > size();
        boolean capped = counted > countUpTo;
        return new Slice<>(more ? readWithOneMore.subList(0, size()) : readWithOneMore, more,
                capped ? countUpTo : counted, capped);
    }
}
