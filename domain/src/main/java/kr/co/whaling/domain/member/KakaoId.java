package kr.co.whaling.domain.member;

/** The Kakao user id that identifies a member at login. */
public record KakaoId(long value) {

    public KakaoId {
        if (value <= 0) {
            throw new IllegalArgumentException("kakao id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
