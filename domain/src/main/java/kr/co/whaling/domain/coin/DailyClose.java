package kr.co.whaling.domain.coin;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A coin's closing price of one trading day: the day as an Asia/Seoul calendar date (the day its
 * daily candle started) and the last trade price of that day. Says nothing about which coin; a
 * {@link DailyCloses} series is one coin's.
 */
public record DailyClose(LocalDate date, Price close) {

    public DailyClose {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(close, "close");
    }
}
