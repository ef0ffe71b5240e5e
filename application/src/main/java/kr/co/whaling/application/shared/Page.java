package kr.co.whaling.application.shared;

import java.util.List;

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
}
