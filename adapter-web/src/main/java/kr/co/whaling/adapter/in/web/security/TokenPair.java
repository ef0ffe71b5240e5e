package kr.co.whaling.adapter.in.web.security;

import java.util.Objects;

/** The two tokens a login hands out. */
public record TokenPair(String accessToken, String refreshToken) {

    public TokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }
}
