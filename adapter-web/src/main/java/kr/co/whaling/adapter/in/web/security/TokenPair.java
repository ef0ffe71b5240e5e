package kr.co.whaling.adapter.in.web.security;

/** The two tokens a login hands out. */
public record TokenPair(String accessToken, String refreshToken) {
}
