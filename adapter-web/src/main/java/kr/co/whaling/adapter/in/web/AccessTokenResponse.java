package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /auth/token/refresh}: a new access token. */
public record AccessTokenResponse(@JsonProperty("access_token") String accessToken) {
}
