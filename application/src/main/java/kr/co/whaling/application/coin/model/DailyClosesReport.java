package kr.co.whaling.application.coin.model;

import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;

/** What one refresh of the daily closes did: coins brought up to date, closes stored, coins skipped. */
public record DailyClosesReport(int coins, int closes, List<SkippedItem> skipped) {

    public DailyClosesReport {
        skipped = List.copyOf(skipped);
    }
}
