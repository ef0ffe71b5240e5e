package kr.co.whaling.application.coin.port.out;

import java.time.LocalDate;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyCloses;

/**
 * Price source, part 5: a coin's daily closes, the history base rates are computed from
 * (domain.md, "Base rates"). Days are Asia/Seoul calendar dates, as {@link kr.co.whaling.domain.coin.DailyClose}
 * says; a day the source has no candle for is simply missing from the series. One load is over within
 * a short deadline of the source's (a few seconds, retries included): the daily job calls it, and so
 * may a member's request when the stored history is stale.
 */
public interface LoadDailyClosesPort {

    /**
     * The closes of the days from {@code from} to {@code to}, both included, oldest first; empty when
     * the source has none (a coin listed after {@code to}).
     *
     * @throws PriceSourceUnavailableException when the source fails, times out or answers nonsense:
     *     a failed call never passes for a history without days
     */
    DailyCloses loadDailyCloses(CoinCode code, LocalDate from, LocalDate to);
}
