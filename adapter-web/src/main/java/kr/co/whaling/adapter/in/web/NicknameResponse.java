package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A nickname as the service stores it (trimmed). */
public record NicknameResponse(@JsonProperty("nickname") String nickname) {
}
