package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A question as the API shows it (spec/api.md "Vote JSON"). */
public record VoteResponse(
        @JsonProperty("vote_id") long voteId,
        @JsonProperty("coin") Coin coin,
        @JsonProperty("is_admin_vote") boolean adminVote,
        @JsonProperty("uploader") String uploader,
        @JsonProperty("state") String state,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("finished_at") OffsetDateTime finishedAt,
        @JsonProperty("tracked_at") OffsetDateTime trackedAt,
        @JsonProperty("created_price") BigDecimal createdPrice,
        @JsonProperty("finished_price") BigDecimal finishedPrice,
        @JsonProperty("target_price") BigDecimal targetPrice,
        @JsonProperty("spent_point") long spentPoint,
        @JsonProperty("earned_point") long earnedPoint,
        @JsonProperty("is_answer") Boolean answer,
        @JsonProperty("whale_is_answer") Boolean whaleAnswer,
        @JsonProperty("duration") String duration,
        @JsonProperty("range") int range,
        @JsonProperty("comment") String comment,
        @JsonProperty("total_participants") long totalParticipants,
        @JsonProperty("pos_participants") long posParticipants,
        @JsonProperty("neg_participants") long negParticipants,
        @JsonProperty("pos_whales") long posWhales,
        @JsonProperty("neg_whales") long negWhales,
        @JsonProperty("user") Viewer user,
        @JsonProperty("base_rate") BigDecimal baseRate,
        @JsonProperty("base_rate_windows") Integer baseRateWindows,
        @JsonProperty("settlement_candle_at") OffsetDateTime settlementCandleAt) {

    /** The question's coin. */
    public record Coin(
            @JsonProperty("code") String code,
            @JsonProperty("krname") String koreanName,
            @JsonProperty("image") String image) {
    }

    /** The caller's own answer: choice 1 (yes) or 2 (no), whether it was right once settled, when given. */
    public record Viewer(
            @JsonProperty("choice") Integer choice,
            @JsonProperty("is_answer") Boolean answer,
            @JsonProperty("participated_at") OffsetDateTime participatedAt) {

        static final Viewer NOT_ANSWERED = new Viewer(null, null, null);
    }
}
