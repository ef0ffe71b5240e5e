package kr.co.whaling.application.port.in.model;

/** Which page of a listing: zero-based page number and page size (1..100). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
