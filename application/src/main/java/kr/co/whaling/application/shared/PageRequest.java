package kr.co.whaling.application.shared;

import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * Which page of a listing (zero-based) and its size: 1..{@value #MAX_SIZE} items, or up to
 * {@value #MAX_UNPAGED} for page 0 fetched in one answer. Pages deeper than {@value #MAX_OFFSET} items
 * are refused (400): the database would skip every item before, and an {@code int} overflow of
 * {@code page * size} broke the persistence library's paging.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_UNPAGED = 10_000;
    public static final long MAX_OFFSET = 1_000_000;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        int maxSize = page == 0 ? MAX_UNPAGED : MAX_SIZE;
        if (size < 1 || size > maxSize) {
            throw new IllegalArgumentException("size of page " + page + " must be 1.." + maxSize + ": " + size);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidValueException("page", "page.too-deep",
                    "page " + page + " of size " + size + " starts past item " + MAX_OFFSET, MAX_OFFSET / size);
        }
    }

    /** The first {@code count} items of a listing, in one answer. */
    public static PageRequest firstItems(int count) {
        return new PageRequest(0, count);
    }

    public long offset() {
        return (long) page * size;
    }
}
