package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /auth}: who logged in and their tokens. */
public record LoginResponse(@JsonProperty("user") User user, @JsonProperty("token") Token token) {

    /** The member, as the login answer shows it. */
    public record User(@JsonProperty("nickname") String nickname) {
    }

    /** The access token (1 day by default) and the refresh token (7 days by default). */
    public record Token(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken) {
    }
}
