package kr.co.whaling.application.coin.model;

import kr.co.whaling.application.shared.SkippedItem;
import java.util.List;

/**
 * What one refresh of the coin catalog did: markets saved, latest prices saved, and the entries
 * of the price source that were refused and skipped (each on its own; the rest were saved).
 */
public record RefreshReport(int markets, int prices, List<SkippedItem> skipped) {

    public RefreshReport {
        skipped = List.copyOf(skipped);
    }
}
