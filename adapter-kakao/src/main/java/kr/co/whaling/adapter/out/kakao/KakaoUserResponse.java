package kr.co.whaling.adapter.out.kakao;

import java.util.Optional;
import kr.co.whaling.domain.member.ProfileImage;

/**
 * Kakao's answer to {@code GET /v2/user/me}, reduced to the id and the profile image. The id is
 * boxed so that a missing one is told apart from zero.
 */
record KakaoUserResponse(Long id, KakaoAccount kakaoAccount) {

    /**
     * The profile image, when the user consented to share it. Kakao leaves {@code profile} out, or
     * flags it with {@code profile_needs_agreement} / {@code profile_image_needs_agreement}, when
     * consent is missing; a profile shared with a nickname only has no image URL.
     */
    Optional<ProfileImage> profileImage() {
        if (kakaoAccount == null || Boolean.TRUE.equals(kakaoAccount.profileNeedsAgreement())
                || Boolean.TRUE.equals(kakaoAccount.profileImageNeedsAgreement())) {
            return Optional.empty();
        }
        // Kakao sends the default-image flag with every image; should it be missing, the image is the user's own.
        return Optional.ofNullable(kakaoAccount.profile())
                .filter(profile -> profile.profileImageUrl() != null && !profile.profileImageUrl().isBlank())
                .map(profile -> new ProfileImage(profile.profileImageUrl(),
                        Boolean.TRUE.equals(profile.isDefaultImage())));
    }

    record KakaoAccount(Boolean profileNeedsAgreement, Boolean profileImageNeedsAgreement, Profile profile) {
    }

    record Profile(String profileImageUrl, Boolean isDefaultImage) {
    }
}
