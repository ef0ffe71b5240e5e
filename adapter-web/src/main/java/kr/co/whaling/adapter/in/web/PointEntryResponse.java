package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** One line of the caller's point ledger; {@code vote_id} is null for the signup grant. */
public record PointEntryResponse(
        @JsonProperty("amount") long amount,
        @JsonProperty("reason") String reason,
        @JsonProperty("vote_id") Long voteId,
        @JsonProperty("balance_after") long balanceAfter,
        @JsonProperty("created_at") OffsetDateTime createdAt) {
}
