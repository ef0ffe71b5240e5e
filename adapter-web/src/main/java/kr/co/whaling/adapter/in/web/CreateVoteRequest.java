package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /votes}. Only presence is checked here: coins and ranges are the domain's rules. */
public record CreateVoteRequest(
        @JsonProperty("coin_code") @NotBlank String coinCode,
        @JsonProperty("duration") @NotNull VoteDuration duration,
        @JsonProperty("range") @NotNull Integer range,
        @JsonProperty("comment") @NotNull VoteComment comment) {
}
