package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /auth}: who logged in, as {@code GET /user} shows them (the frontend keeps
 * {@code user} as the member), and their tokens.
 */
public record LoginResponse(@JsonProperty("user") ProfileResponse user, @JsonProperty("token") Token token) {

    /** The access token (1 day by default) and the refresh token (7 days by default). */
    public record Token(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken) {
    }
}
