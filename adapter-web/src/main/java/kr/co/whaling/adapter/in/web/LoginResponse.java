package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /auth}: who logged in, as {@code GET /user} shows them, and their tokens. */
public record LoginResponse(@JsonProperty("user") ProfileResponse user, @JsonProperty("token") Token token) {

    /** The access and refresh tokens. */
    public record Token(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken) {
    }
}
