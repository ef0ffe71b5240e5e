package kr.co.whaling.adapter.out.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.whaling.application.stats.port.out.LoadAccuracyStatsPort;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.accuracy.AccuracyStats.Breakdown;
import kr.co.whaling.domain.accuracy.ServiceAccuracy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.vote.VoteState;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Persistence adapter counting verdicts of settled questions: one grouped statement (per coin and
 * horizon), folded into the overall, per-coin and per-horizon counts.
 */
@Component
@RequiredArgsConstructor
public class AccuracyStatsPersistenceAdapter implements LoadAccuracyStatsPort {

    private final SpringDataVoteRepository votes;

    @Override
    public AccuracyStats loadAccuracyStats() {
        Breakdown overall = Breakdown.NONE;
        Map<CoinCode, Breakdown> byCoin = new HashMap<>();
        Map<Horizon, Breakdown> byHorizon = new HashMap<>();
        List<Object[]> groups = votes.countVerdicts(VoteState.TRACKED.name());
        for (Object[] group : groups) {
            Breakdown counts = new Breakdown(
                    new ServiceAccuracy(count(group[2]), count(group[3])),
                    new ServiceAccuracy(count(group[4]), count(group[5])));
            overall = plus(overall, counts);
            byCoin.merge(new CoinCode((String) group[0]), counts, AccuracyStatsPersistenceAdapter::plus);
            byHorizon.merge(Horizon.valueOf((String) group[1]), counts, AccuracyStatsPersistenceAdapter::plus);
        }
        return new AccuracyStats(overall, byCoin, byHorizon);
    }

    private static Breakdown plus(Breakdown left, Breakdown right) {
        return new Breakdown(left.crowd().plus(right.crowd()), left.whale().plus(right.whale()));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
