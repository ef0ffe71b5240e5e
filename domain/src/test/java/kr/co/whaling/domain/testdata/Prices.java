package kr.co.whaling.domain.testdata;

import java.math.BigDecimal;
import java.time.Instant;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;

/** Test data: prices, quotes and one-minute candles written as plain strings. */
public final class Prices {

    private Prices() {
    }

    /** A KRW price from its decimal text, e.g. {@code krw("0.00123")}. */
    public static Price krw(String value) {
        return new Price(new BigDecimal(value));
    }

    /** The last trade price of a coin reported at an instant. */
    public static PriceQuote quote(String coin, String price, Instant at) {
        return new PriceQuote(new CoinCode(coin), krw(price), at);
    }

    /** A one-minute candle of a coin starting at an instant and closing at a price. */
    public static MinuteCandle candle(String coin, Instant start, String close) {
        return new MinuteCandle(new CoinCode(coin), start, krw(close));
    }
}
