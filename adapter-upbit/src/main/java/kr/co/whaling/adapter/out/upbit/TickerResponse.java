package kr.co.whaling.adapter.out.upbit;

import java.math.BigDecimal;

/** One entry of {@code GET /v1/ticker}: the fields Whaling uses (price read exactly, never as a double). */
record TickerResponse(String market, BigDecimal tradePrice, Long timestamp) {
}
