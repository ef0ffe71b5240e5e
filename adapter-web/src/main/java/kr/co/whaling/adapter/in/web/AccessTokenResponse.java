package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /auth/token/refresh}: the new access token, under both names. The frontend
 * reads {@code access}, as the original server answered; {@code access_token} matches the login answer.
 */
public record AccessTokenResponse(
        @JsonProperty("access") String access,
        @JsonProperty("access_token") String accessToken) {

    /** The answer carrying {@code token} under both names. */
    static AccessTokenResponse of(String token) {
        return new AccessTokenResponse(token, token);
    }
}
