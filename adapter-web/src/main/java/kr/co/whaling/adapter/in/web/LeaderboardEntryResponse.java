package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One line of {@code GET /leaderboard}; {@code skill} and {@code answers_with_base_rate} only by skill. */
public record LeaderboardEntryResponse(
        @JsonProperty("rank") int rank,
        @JsonProperty("nickname") String nickname,
        @JsonProperty("acc_percent") BigDecimal accPercent,
        @JsonProperty("right_count") long rightCount,
        @JsonProperty("wrong_count") long wrongCount,
        @JsonProperty("is_whale") boolean whale,
        @JsonProperty("skill") @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal skill,
        @JsonProperty("answers_with_base_rate") @JsonInclude(JsonInclude.Include.NON_NULL) Long answersWithBaseRate) {
}
