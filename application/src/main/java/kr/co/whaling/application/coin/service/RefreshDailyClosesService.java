package kr.co.whaling.application.coin.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.model.DailyClosesReport;
import kr.co.whaling.application.coin.port.in.RefreshDailyClosesUseCase;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.shared.GameClock;

/**
 * Brings every listed coin's stored daily closes up to yesterday (Asia/Seoul), as
 * {@link DailyCloseHistory} decides: from the latest stored day, or a coin's whole lookback when none
 * is stored.
 *
 * <p>Deliberately not one transaction: each coin's fetch goes to the price source, which no database
 * transaction should wait on, and each coin's store is atomic on its own. Every coin stands on its
 * own: one the price source fails for is skipped and reported, and the others are refreshed.
 */
public class RefreshDailyClosesService implements RefreshDailyClosesUseCase {

    private final LoadCoinPort loadCoinPort;
    private final DailyCloseHistory history;
    private final Clock clock;

    public RefreshDailyClosesService(LoadCoinPort loadCoinPort, DailyCloseHistory history, Clock clock) {
        this.loadCoinPort = Objects.requireNonNull(loadCoinPort, "loadCoinPort");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DailyClosesReport refreshDailyCloses() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), GameClock.ZONE);
        int coins = 0;
        int closes = 0;
        List<SkippedItem> skipped = new ArrayList<>();
        for (Coin coin : loadCoinPort.searchListedCoins("")) {
            try {
                closes += history.refresh(coin.code(), today);
                coins++;
            } catch (RuntimeException e) {
                // The price source failing for this coin, or one close the store refuses: the next run retries.
                skipped.add(new SkippedItem(SkippedItem.Kind.DAILY_CLOSES, coin.code().value(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new DailyClosesReport(coins, closes, skipped);
    }
}
