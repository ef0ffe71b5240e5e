package kr.co.whaling.domain.member;

import java.util.Objects;
import java.util.Optional;

/** Who logged in, as Kakao tells it: the user id, and the profile image if the user consented to share it. */
public record KakaoIdentity(KakaoId kakaoId, Optional<ProfileImage> profileImage) {

    public KakaoIdentity {
        Objects.requireNonNull(kakaoId, "kakaoId");
        Objects.requireNonNull(profileImage, "profileImage");
    }
}
