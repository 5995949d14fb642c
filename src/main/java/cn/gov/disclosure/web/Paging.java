package cn.gov.disclosure.web;

import java.util.List;

import cn.gov.disclosure.common.ListWindow;
import cn.gov.disclosure.common.PageKey;
import cn.gov.disclosure.common.QueryParams;

/**
 * Where a list page stands: the link to the next page, which starts after this page's last row
 * (keyset paging: a deep page costs what the first does), the link back to the first, and how many
 * rows the list holds, exact or (where the count stopped) "more than".
 *
 * @param next the next page's address, null on the last page
 * @param first the first page's address, null on the first page
 */
public record Paging(long total, boolean capped, String next, String first) {

    /**
     * The rows a list page asks for: {@code after} a row's key of the list's {@code shape}, or
     * {@code page} (the page number the pages' links carried before they carried keys); counted up
     * to {@code countUpTo}.
     */
    static ListWindow window(String page, String after, PageKey.Shape<?> shape, long countUpTo) {
        return new ListWindow(QueryParams.page(page, null), PageKey.parse(after, shape.parts()), countUpTo);
    }

    /**
     * @param base the list's address with its query begun, so that {@code after=…} can be appended
     * @param shape how the list keys its rows, as {@code after} gives a key back
     */
    static <T> Paging of(ListWindow window, ListWindow.Slice<T> slice, String base, PageKey.Shape<T> shape) {
        List<T> items = slice.items();
        String next = slice.more() ? base + "after=" + shape.of().apply(items.get(items.size() - 1)).encoded()
                : null;
        boolean onFirst = window.after() == null && window.page().number() == 0;
        return new Paging(slice.total(), slice.capped(), next, onFirst ? null : base.substring(0, base.length() - 1));
    }
}
