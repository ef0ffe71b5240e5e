package kr.co.whaling.adapter.out.upbit;

import java.math.BigDecimal;

/**
 * One entry of {@code GET /v1/candles/days}: its start in UTC and in Seoul time (both without an
 * offset), whose date is the candle's day, and its close, read exactly.
 */
record DayCandleResponse(String market, String candleDateTimeUtc, String candleDateTimeKst, BigDecimal tradePrice) {
}
