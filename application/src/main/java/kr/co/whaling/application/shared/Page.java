package kr.co.whaling.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing and the total number of items across all pages. */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public boolean hasPrevious() {
        return request.page() > 0;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total);
    }
}
