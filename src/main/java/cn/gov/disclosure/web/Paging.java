package cn.gov.disclosure.web;

import io.quarkus.qute.TemplateData;

/**
 * Where a list page stands among its pages, and the links to its neighbours.
 *
 * @param base the list's address with its query begun, so that {@code page=n} can be appended
 */
@TemplateData
public record Paging(int number, int size, long total, String base) {

    /** A page number from the query: absent, malformed or negative is the first page. */
    static int number(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < pages();
    }

    public String previous() {
        return base + "page=" + (number - 1);
    }

    public String next() {
        return base + "page=" + (number + 1);
    }

    /** The page number as people count, from 1. */
    public int shown() {
        return number + 1;
    }
}
