package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of the nickname calls; unconstrained on purpose: the domain's {@code Nickname} holds the rules. */
public record NicknameRequest(@JsonProperty("nickname") String nickname) {
}
