package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.application.vote.model.SettlementReport;
import kr.co.whaling.application.vote.port.in.SettleDueVotesUseCase;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.LoadVotePort.VoteChunk;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;

/**
 * Settles, voids or leaves waiting every question due for settlement, a chunk at a time. Deliberately
 * not one transaction: no transaction should wait on the price source, and {@link ApplySettlementPort}
 * applies each decision atomically. One question that cannot be loaded or settled never holds up the
 * others (domain.md, Lifecycle): it is skipped, reported and retried next run (applying twice changes
 * nothing); only a chunk that does not load at all stops the run.
 */
public class SettleDueVotesService implements SettleDueVotesUseCase {

    private final LoadVotePort loadVotePort;
    private final LoadPriceAtPort loadPriceAtPort;
    private final ApplySettlementPort applySettlementPort;
    private final Clock clock;
    private final GameRules rules;
    private final int chunkSize;

    public SettleDueVotesService(LoadVotePort loadVotePort, LoadPriceAtPort loadPriceAtPort,
                                 ApplySettlementPort applySettlementPort, Clock clock, GameRules rules,
                                 int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.loadVotePort = loadVotePort;
        this.loadPriceAtPort = loadPriceAtPort;
        this.applySettlementPort = applySettlementPort;
        this.clock = clock;
        this.rules = rules;
        this.chunkSize = chunkSize;
    }

    @Override
    public SettlementReport settleDueVotes() {
        // One instant for the whole run, so every question of the run is judged at the same time.
        Instant now = clock.instant();
        Counts counts = new Counts();
        long afterId = 0;
        VoteChunk chunk;
        do {
            chunk = loadVotePort.loadVotesDueForSettlement(now, afterId, chunkSize);
            if (chunk.rows() > 0) {
                if (chunk.lastId() <= afterId) {
                    // A port handing back what it was asked to skip would make this loop endless.
                    throw new IllegalStateException(
                            "settlement chunk after id " + afterId + " ended at id " + chunk.lastId());
                }
                afterId = chunk.lastId();
            }
            counts.skipped.addAll(chunk.unreadable());
            for (Vote vote : chunk.votes()) {
                try {
                    settle(vote, now, counts);
                } catch (RuntimeException e) {
                    counts.skipped.add(new SkippedItem(SkippedItem.Kind.QUESTION, String.valueOf(vote.id().value()),
                            "settlement failed: " + e));
                }
            }
        } while (chunk.rows() >= chunkSize);
        return new SettlementReport(counts.settled, counts.voided, counts.waiting, counts.skipped);
    }

    private void settle(Vote vote, Instant now, Counts counts) {
        CandleLookup price = loadPriceAtPort.loadLatestCandleAtOrBefore(vote.terms().coin(),
                vote.schedule().settlesAt());
        SettlementDecision decision = vote.settle(price, now, rules);
        if (decision instanceof SettlementDecision.Settle settle) {
            if (applySettlementPort.applySettlement(settle.settlement())) {
                counts.settled++;
            }
        } else if (decision instanceof SettlementDecision.Void voiding) {
            if (applySettlementPort.applyVoiding(voiding.voiding())) {
                counts.voided++;
            }
        } else {
            counts.waiting++;
        }
    }

    /** What this run did so far; questions another run claimed first count nowhere. */
    private static final class Counts {
        private int settled;
        private int voided;
        private int waiting;
        private final List<SkippedItem> skipped = new ArrayList<>();
    }
}
