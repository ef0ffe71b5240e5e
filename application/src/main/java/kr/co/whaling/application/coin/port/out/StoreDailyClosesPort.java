package kr.co.whaling.application.coin.port.out;

import java.time.LocalDate;
import java.util.Optional;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyCloses;

/** The daily closes kept in the database per coin, so that no request waits on the price source for them. */
public interface StoreDailyClosesPort {

    /** The stored closes of the days from {@code from} to {@code to}, both included, oldest first. */
    DailyCloses loadStoredDailyCloses(CoinCode code, LocalDate from, LocalDate to);

    /** The latest day stored for the coin; empty when none is. */
    Optional<LocalDate> latestStoredDay(CoinCode code);

    /** Stores the closes, replacing the close of a day already stored (the day's candle may have moved on). */
    void storeDailyCloses(CoinCode code, DailyCloses closes);
}
