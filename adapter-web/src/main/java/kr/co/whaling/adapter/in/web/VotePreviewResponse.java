package kr.co.whaling.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** Answer of {@code GET /votes/preview}: what the question would be, and whether it is allowed (else why). */
public record VotePreviewResponse(
        @JsonProperty("coin") VoteResponse.Coin coin,
        @JsonProperty("created_price") BigDecimal createdPrice,
        @JsonProperty("target_price") BigDecimal targetPrice,
        @JsonProperty("base_rate") BigDecimal baseRate,
        @JsonProperty("base_rate_windows") Integer baseRateWindows,
        @JsonProperty("base_rate_low") BigDecimal baseRateLow,
        @JsonProperty("base_rate_high") BigDecimal baseRateHigh,
        @JsonProperty("allowed") boolean allowed,
        @JsonProperty("reason") String reason) {
}
