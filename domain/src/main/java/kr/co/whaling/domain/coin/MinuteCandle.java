package kr.co.whaling.domain.coin;

import java.time.Instant;
import java.util.Objects;

/** A one-minute candle of the exchange: its start instant and its closing (last trade) price. */
public record MinuteCandle(CoinCode code, Instant start, Price close) {

    public MinuteCandle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(close, "close");
    }
}
