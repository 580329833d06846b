package org.aaregistry.paging.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code total} is the number of matching items; {@code null} where counting them all
 * would cost more than the page (the audit logs), in which case {@code hasMore} says whether a next page exists.
 */
public record Page<T>(List<T> items, int page, int size, Long total, boolean hasMore) {

    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), page, size, total, hasMore);
    }
}
