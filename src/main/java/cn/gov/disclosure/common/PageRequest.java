package cn.gov.disclosure.common;

/**
 * One page of a list as a request asks for it: {@code number} counted from 0, {@code size} rows.
 * {@link QueryParams#page} makes them, within bounds that keep the offset a number the database
 * query takes.
 */
public record PageRequest(int number, int size) {

    /** Rows on a page when the request names no size (the web application's lists always). */
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /**
     * How deep a list is paged at most: beyond any agency's cases, and far below the largest
     * offset (an int) the query accepts, which {@code page × size} overflowed.
     */
    public static final long MAX_OFFSET = 10_000_000;

    /** The first row of the page. */
    public long offset() {
        return (long) number * size;
    }
}
