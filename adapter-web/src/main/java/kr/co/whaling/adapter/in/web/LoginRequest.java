package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /auth}: the Kakao authorization code and the redirect URI it was issued for. */
public record LoginRequest(
        @JsonProperty("code") @NotBlank String code,
        @JsonProperty("redirect_uri") @NotBlank String redirectUri) {
}
