package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Answer of {@code GET /stats/calibration}: the crowd's calibration overall, per coin and per horizon. */
public record CalibrationResponse(
        @JsonProperty("overall") Figures overall,
        @JsonProperty("by_coin") Map<String, Figures> byCoin,
        @JsonProperty("by_horizon") Map<String, Figures> byHorizon) {

    /** The ten buckets, and the crowd's and the base rate's Brier scores (null without a base rate). */
    public record Figures(
            @JsonProperty("buckets") List<Bucket> buckets,
            @JsonProperty("crowd_brier") BigDecimal crowdBrier,
            @JsonProperty("base_rate_brier") BigDecimal baseRateBrier,
            @JsonProperty("questions") long questions) {
    }

    /** One tenth [from, to) of the crowd's YES share: its questions and the share that came true (null without one). */
    public record Bucket(
            @JsonProperty("from") BigDecimal from,
            @JsonProperty("to") BigDecimal to,
            @JsonProperty("questions") long questions,
            @JsonProperty("yes_share") BigDecimal yesShare) {
    }
}
