package kr.co.whaling.domain.shared;

/** The identity of a question (the API calls questions votes). */
public record VoteId(long value) {

    public VoteId {
        if (value <= 0) {
            throw new IllegalArgumentException("vote id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
