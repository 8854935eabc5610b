package org.casework.common;

import java.util.List;
import java.util.function.Function;

/**
 * What a service returns for a keyset-paginated list: the items and the sort key of the last one when a next page
 * follows (null on the last page), which {@link Paging} seals into the next link's cursor. Services fetch
 * {@code limit + 1} rows; the extra row only proves a next page exists.
 */
public record Slice<T>(List<T> items, List<String> nextKey) {

    public static <T> Slice<T> of(List<T> fetched, PageRequest request, Function<T, List<String>> sortKey) {
        if (fetched.size() <= request.limit()) {
            return new Slice<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Slice<>(List.copyOf(items), List.copyOf(sortKey.apply(items.get(items.size() - 1))));
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), nextKey);
    }
}
