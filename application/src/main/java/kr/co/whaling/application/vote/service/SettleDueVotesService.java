package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * Settles, voids or leaves waiting every question whose settlement time has come, a chunk of
 * questions at a time.
 *
 * <p>Deliberately not one transaction: the price of each question comes from the price source,
 * which no database transaction should wait on, and each question's settlement or voiding is
 * applied atomically by {@link ApplySettlementPort} on its own.
 *
 * <p>One question that cannot be settled never holds up the others (domain.md, Lifecycle): a row
 * that does not load, or a question whose settlement fails, is skipped and reported, and the run
 * goes on; the next run tries it again, since applying a decision twice changes nothing. A failure
 * to load a chunk at all (the database is down) still stops the run.
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
        this.loadVotePort = Objects.requireNonNull(loadVotePort, "loadVotePort");
        this.loadPriceAtPort = Objects.requireNonNull(loadPriceAtPort, "loadPriceAtPort");
        this.applySettlementPort = Objects.requireNonNull(applySettlementPort, "applySettlementPort");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
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
                settleAlone(vote, now, counts);
            }
        } while (chunk.rows() >= chunkSize);
        return new SettlementReport(counts.settled, counts.voided, counts.waiting, counts.skipped);
    }

    private void settleAlone(Vote vote, Instant now, Counts counts) {
        try {
            settle(vote, now, counts);
        } catch (RuntimeException e) {
            counts.skipped.add(new SkippedItem(SkippedItem.Kind.QUESTION, String.valueOf(vote.id().value()),
                    "settlement failed: " + e));
        }
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
