package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of the nickname calls. Deliberately without constraints: the domain's {@code Nickname}
 * holds the rules (required, length, characters) and refuses with field {@code nickname}.
 */
public record NicknameRequest(@JsonProperty("nickname") String nickname) {
}
