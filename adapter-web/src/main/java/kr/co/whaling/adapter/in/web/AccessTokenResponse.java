package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /auth/token/refresh}: the new token as {@code access}, the name the frontend reads,
 * and as {@code access_token}, as in the login answer.
 */
public record AccessTokenResponse(
        @JsonProperty("access") String access,
        @JsonProperty("access_token") String accessToken) {
}
