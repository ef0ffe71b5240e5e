package kr.co.whaling.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kr.co.whaling.application.port.in.SettleDueVotesUseCase;
import kr.co.whaling.application.port.in.model.SettlementReport;
import kr.co.whaling.application.port.out.ApplySettlementPort;
import kr.co.whaling.application.port.out.LoadPriceAtPort;
import kr.co.whaling.application.port.out.LoadVotePort;
import kr.co.whaling.application.port.out.PriceSourceUnavailableException;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;

/**
 * Settles, voids or leaves waiting every question whose settlement time has come, a chunk of
 * questions at a time.
 *
 * <p>Deliberately not one transaction: the price of each question comes from the price source,
 * which no database transaction should wait on, and each question's settlement or voiding is
 * applied atomically by {@link ApplySettlementPort} on its own. An exception other than the price
 * source being down stops the run; the next run picks up where it failed, since applying a
 * decision twice changes nothing.
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
        List<Vote> chunk;
        do {
            chunk = loadVotePort.loadVotesDueForSettlement(now, afterId, chunkSize);
            if (!chunk.isEmpty()) {
                long lastId = chunk.get(chunk.size() - 1).id().value();
                if (lastId <= afterId) {
                    // A port handing back what it was asked to skip would make this loop endless.
                    throw new IllegalStateException("settlement chunk after id " + afterId + " ended at id " + lastId);
                }
                afterId = lastId;
            }
            for (Vote vote : chunk) {
                settle(vote, now, counts);
            }
        } while (chunk.size() >= chunkSize);
        return new SettlementReport(counts.settled, counts.voided, counts.waiting);
    }

    private void settle(Vote vote, Instant now, Counts counts) {
        SettlementDecision decision = vote.settle(priceAtSettlement(vote), now, rules);
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

    /**
     * A source that cannot answer gives no price, like a source that has none: the question waits,
     * and is voided once the waiting time is over, exactly as the rules say.
     */
    private Optional<MinuteCandle> priceAtSettlement(Vote vote) {
        try {
            return loadPriceAtPort.loadLatestCandleAtOrBefore(vote.terms().coin(), vote.schedule().settlesAt());
        } catch (PriceSourceUnavailableException sourceDown) {
            return Optional.empty();
        }
    }

    /** What this run did so far; questions another run claimed first count nowhere. */
    private static final class Counts {
        private int settled;
        private int voided;
        private int waiting;
    }
}
