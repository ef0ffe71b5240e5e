package kr.co.whaling.application.coin.port.out;

import java.time.LocalDate;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyCloses;

/**
 * Price source, part 5: a coin's daily closes (Asia/Seoul days), for base rates. A load ends within a
 * few seconds, retries included: a member's request may wait on it when the stored history is stale.
 */
public interface LoadDailyClosesPort {

    /**
     * The closes of the days from {@code from} to {@code to}, both included, oldest first; a day without
     * a candle is missing.
     *
     * @throws PriceSourceUnavailableException when the source fails, times out or answers nonsense:
     *     a failed call never passes for a history without days
     */
    DailyCloses loadDailyCloses(CoinCode code, LocalDate from, LocalDate to);
}
