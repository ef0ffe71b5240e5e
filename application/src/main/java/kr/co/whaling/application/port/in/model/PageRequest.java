package kr.co.whaling.application.port.in.model;

import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * Which page of a listing: zero-based page number and page size (1..100), reaching at most
 * {@value #MAX_OFFSET} items deep. Deeper pages are refused (400): nobody pages a million items
 * down, the database would skip every one of them, and {@code page * size} past the range of an
 * {@code int} broke the paging of the persistence library.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    /** How many items may come before a page. */
    public static final long MAX_OFFSET = 1_000_000;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidValueException("page", "page.too-deep",
                    "page " + page + " of size " + size + " starts past item " + MAX_OFFSET, MAX_OFFSET / size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
