package kr.co.whaling.application.shared;

import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * Which page of a listing: zero-based page number and page size. A page of a listing paged through
 * holds 1..{@value #MAX_SIZE} items; the first items of a listing a client fetches in one answer
 * ({@link #firstItems(int)}, page 0) at most {@value #MAX_UNPAGED}. A page reaches at most
 * {@value #MAX_OFFSET} items deep. Deeper pages are refused (400): nobody pages a million items
 * down, the database would skip every one of them, and {@code page * size} past the range of an
 * {@code int} broke the paging of the persistence library.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    /** The most items one answer may hold: a bound on what a single request makes the service read. */
    public static final int MAX_UNPAGED = 10_000;
    /** How many items may come before a page. */
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

    /** The first {@code count} items of a listing, in one answer (1..{@value #MAX_UNPAGED}). */
    public static PageRequest firstItems(int count) {
        return new PageRequest(0, count);
    }

    public long offset() {
        return (long) page * size;
    }
}
