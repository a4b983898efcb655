package org.backoffice.platform.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list, serialised as {@code {"items":[…],"total":n,"offset":o,"limit":l}}. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.offset(), request.limit());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }
}
