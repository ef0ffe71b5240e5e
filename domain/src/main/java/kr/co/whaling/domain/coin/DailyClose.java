package kr.co.whaling.domain.coin;

import java.time.LocalDate;
import java.util.Objects;

/** A coin's closing price of one Asia/Seoul calendar day (the day its daily candle started). */
public record DailyClose(LocalDate date, Price close) {

    public DailyClose {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(close, "close");
    }
}
