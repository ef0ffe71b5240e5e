package kr.co.whaling.domain.member;

import java.util.Objects;
import kr.co.whaling.domain.point.Points;

/** What a new member starts with: 300 points (and accuracy 0, nickname {@code user{kakaoId}}). */
public record SignupPolicy(Points grant) {

    public SignupPolicy {
        Objects.requireNonNull(grant, "grant");
    }

    /** The rule of domain.md: 300 points. */
    public static SignupPolicy standard() {
        return new SignupPolicy(Points.of(300));
    }
}
