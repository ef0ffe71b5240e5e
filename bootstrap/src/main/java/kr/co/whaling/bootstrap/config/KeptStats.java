package kr.co.whaling.bootstrap.config;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import kr.co.whaling.application.stats.model.CalibrationStats;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.application.stats.model.LeaderboardOrder;
import kr.co.whaling.application.stats.port.in.GetCalibrationUseCase;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;

/**
 * The leaderboards and the calibration served from copies kept on Caffeine: ranking every ranked
 * member costs milliseconds per request, and both change only when questions settle. Each order keeps
 * its best {@value GetLeaderboardQuery#MAX_SIZE} lines, whatever size a request asks for, so callers
 * cannot multiply the kept copies. A copy is never served once {@code keptFor} old; at half that age
 * the first caller reloads it on its own thread while the others are served the kept copy.
 */
final class KeptStats {

    private KeptStats() {
    }

    static GetLeaderboardUseCase leaderboard(GetLeaderboardUseCase ranking, Duration keptFor) {
        if (keptFor.isZero()) {
            return ranking;
        }
        LoadingCache<LeaderboardOrder, List<LeaderboardEntry>> best = kept(keptFor,
                order -> ranking.getLeaderboard(new GetLeaderboardQuery(GetLeaderboardQuery.MAX_SIZE, order)));
        return query -> {
            List<LeaderboardEntry> lines = best.get(query.order());
            return lines.subList(0, Math.min(query.size(), lines.size()));
        };
    }

    static GetCalibrationUseCase calibration(GetCalibrationUseCase calibration, Duration keptFor) {
        if (keptFor.isZero()) {
            return calibration;
        }
        LoadingCache<Boolean, CalibrationStats> kept = kept(keptFor, ignored -> calibration.getCalibration());
        return () -> kept.get(Boolean.TRUE);
    }

    private static <K, V> LoadingCache<K, V> kept(Duration keptFor, CacheLoader<K, V> load) {
        return Caffeine.newBuilder()
                .expireAfterWrite(keptFor)
                .refreshAfterWrite(Duration.ofNanos(Math.max(1, keptFor.toNanos() / 2)))
                .executor(Runnable::run)
                .build(load);
    }
}
