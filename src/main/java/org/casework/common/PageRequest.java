package org.casework.common;

import java.util.List;

/** Which page to read: the sort key of the last item already seen (empty for the first page) and the size. */
public record PageRequest(List<String> after, int limit) {

    public boolean isFirst() {
        return after.isEmpty();
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    public String after(int index) {
        return after.get(index);
    }
}
