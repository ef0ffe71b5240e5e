package kr.co.whaling.application.coin.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.model.DailyClosesReport;
import kr.co.whaling.application.coin.port.in.RefreshDailyClosesUseCase;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.shared.GameClock;

/**
 * Brings every listed coin's stored daily closes up to yesterday, as {@link DailyCloseHistory} decides.
 * Deliberately not one transaction: no transaction should wait on the price source, and each coin's
 * store is atomic. A coin that fails is skipped and reported; the others are refreshed.
 */
public class RefreshDailyClosesService implements RefreshDailyClosesUseCase {

    private final LoadCoinPort loadCoinPort;
    private final DailyCloseHistory history;
    private final Clock clock;

    public RefreshDailyClosesService(LoadCoinPort loadCoinPort, DailyCloseHistory history, Clock clock) {
        this.loadCoinPort = loadCoinPort;
        this.history = history;
        this.clock = clock;
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
