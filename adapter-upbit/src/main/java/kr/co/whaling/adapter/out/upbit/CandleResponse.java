package kr.co.whaling.adapter.out.upbit;

import java.math.BigDecimal;

/**
 * One entry of {@code GET /v1/candles/minutes/1}: the candle's start in UTC (written without an
 * offset, e.g. {@code 2024-01-01T00:00:00}) and its close, read exactly.
 */
record CandleResponse(String market, String candleDateTimeUtc, BigDecimal tradePrice) {
}
