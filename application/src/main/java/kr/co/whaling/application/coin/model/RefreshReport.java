package kr.co.whaling.application.coin.model;

import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;

/** What one refresh of the coin catalog did: markets saved, latest prices saved, source entries skipped. */
public record RefreshReport(int markets, int prices, List<SkippedItem> skipped) {

    public RefreshReport {
        skipped = List.copyOf(skipped);
    }
}
