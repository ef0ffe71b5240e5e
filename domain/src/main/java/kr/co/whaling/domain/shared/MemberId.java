package kr.co.whaling.domain.shared;

/** The identity of a member inside Whaling. */
public record MemberId(long value) {

    public MemberId {
        if (value <= 0) {
            throw new IllegalArgumentException("member id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
