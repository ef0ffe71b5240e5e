package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /votes}. Only presence is checked here; which coins and ranges are allowed
 * is the domain's rule (its refusals come back as 400 with the field named).
 */
public record CreateVoteRequest(
        @JsonProperty("coin_code") @NotBlank String coinCode,
        @JsonProperty("duration") @NotNull VoteDuration duration,
        @JsonProperty("range") @NotNull Integer range,
        @JsonProperty("comment") @NotNull VoteComment comment) {
}
