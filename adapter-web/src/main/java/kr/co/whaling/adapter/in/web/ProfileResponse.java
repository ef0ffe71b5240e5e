package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** Answer of {@code GET /user}: the caller's own profile. */
public record ProfileResponse(
        @JsonProperty("nickname") String nickname,
        @JsonProperty("acc_percent") BigDecimal accPercent,
        @JsonProperty("point") long point,
        @JsonProperty("profile_img") String profileImage,
        @JsonProperty("is_default_profile") boolean defaultProfile,
        @JsonProperty("is_whale") boolean whale,
        @JsonProperty("right_count") long rightCount,
        @JsonProperty("wrong_count") long wrongCount) {
}
