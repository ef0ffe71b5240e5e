package kr.co.whaling.domain.member;

import java.util.Objects;

/** A member's profile image URL and whether it is Kakao's default image. */
public record ProfileImage(String url, boolean isDefault) {

    public ProfileImage {
        Objects.requireNonNull(url, "url");
    }
}
