package kr.co.whaling.application.coin.model;

import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;

/**
 * What one refresh of the daily closes did: the coins brought up to date, the closes stored for them,
 * and the coins skipped because the price source failed for them (each on its own; the others were
 * refreshed).
 */
public record DailyClosesReport(int coins, int closes, List<SkippedItem> skipped) {

    public DailyClosesReport {
        skipped = List.copyOf(skipped);
    }
}
