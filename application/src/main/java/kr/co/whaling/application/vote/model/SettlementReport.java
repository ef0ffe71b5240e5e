package kr.co.whaling.application.vote.model;

import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;

/**
 * What one settlement run did: questions settled, voided, still waiting for a price (the source
 * had none yet, or did not answer), and the questions skipped because they could not be loaded or
 * settled (each on its own; the others went on).
 */
public record SettlementReport(int settled, int voided, int waiting, List<SkippedItem> skipped) {

    public SettlementReport {
        skipped = List.copyOf(skipped);
    }

    /** A report of a run that skipped nothing. */
    public SettlementReport(int settled, int voided, int waiting) {
        this(settled, voided, waiting, List.of());
    }
}
