package kr.co.whaling.adapter.out.upbit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One entry of {@code GET /v1/candles/days}: the candle's start in UTC and in Seoul time (both written
 * without an offset, e.g. {@code 2024-01-01T00:00:00} and {@code 2024-01-01T09:00:00}) and its close,
 * read exactly. The Seoul date is the candle's day.
 */
record DayCandleResponse(
        @JsonProperty("market") String market,
        @JsonProperty("candle_date_time_utc") String candleDateTimeUtc,
        @JsonProperty("candle_date_time_kst") String candleDateTimeKst,
        @JsonProperty("trade_price") BigDecimal tradePrice) {
}
