package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /auth/token/refresh}. */
public record RefreshTokenRequest(@JsonProperty("refresh_token") @NotBlank String refreshToken) {
}
