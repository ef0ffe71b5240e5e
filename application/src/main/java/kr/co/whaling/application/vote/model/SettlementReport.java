package kr.co.whaling.application.vote.model;

import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;

/** What one settlement run did: questions settled, voided, still waiting for a price, and those skipped. */
public record SettlementReport(int settled, int voided, int waiting, List<SkippedItem> skipped) {

    public SettlementReport {
        skipped = List.copyOf(skipped);
    }
}
