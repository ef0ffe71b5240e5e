package kr.co.whaling.adapter.out.upbit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One entry of {@code GET /v1/ticker}: the fields Whaling uses (price read exactly, never as a double). */
record TickerResponse(
        @JsonProperty("market") String market,
        @JsonProperty("trade_price") BigDecimal tradePrice,
        @JsonProperty("timestamp") Long timestamp) {
}
