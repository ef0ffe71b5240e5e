package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/** Answer of {@code GET /stats/accuracy}: crowd and whale accuracy overall, per coin and per horizon. */
public record AccuracyStatsResponse(
        @JsonProperty("overall") Breakdown overall,
        @JsonProperty("by_coin") Map<String, Breakdown> byCoin,
        @JsonProperty("by_horizon") Map<String, Breakdown> byHorizon) {

    /** Crowd and whale accuracy over one set of settled questions. */
    public record Breakdown(@JsonProperty("crowd") Figure crowd, @JsonProperty("whale") Figure whale) {
    }

    /** A hit rate in percent (one decimal), how many questions were right, and out of how many with a verdict. */
    public record Figure(
            @JsonProperty("acc_percent") BigDecimal accPercent,
            @JsonProperty("right") long right,
            @JsonProperty("total") long total) {
    }
}
