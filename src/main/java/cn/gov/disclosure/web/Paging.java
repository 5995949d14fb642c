package cn.gov.disclosure.web;

import cn.gov.disclosure.common.PageRequest;

/**
 * Where a list page stands among its pages, and the links to its neighbours.
 *
 * @param base the list's address with its query begun, so that {@code page=n} can be appended
 */
public record Paging(PageRequest asked, long total, String base) {

    public long pages() {
        return Math.max(1, (total + asked.size() - 1) / asked.size());
    }

    public boolean hasPrevious() {
        return asked.number() > 0;
    }

    public boolean hasNext() {
        return asked.number() + 1 < pages();
    }

    public String previous() {
        return base + "page=" + (asked.number() - 1);
    }

    public String next() {
        return base + "page=" + (asked.number() + 1);
    }

    /** The page number as people count, from 1. */
    public int shown() {
        return asked.number() + 1;
    }
}
