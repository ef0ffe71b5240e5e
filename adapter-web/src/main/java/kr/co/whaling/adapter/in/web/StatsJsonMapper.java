package kr.co.whaling.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.accuracy.ServiceAccuracy;
import kr.co.whaling.domain.terms.Horizon;
import org.springframework.stereotype.Component;

/** Maps accuracy statistics and the leaderboard to their JSON. */
@Component
class StatsJsonMapper {

    AccPercentResponse toAccPercent(AccuracyStats stats) {
        return new AccPercentResponse(stats.overall().crowd().percent().toPlainString());
    }

    AccuracyStatsResponse toResponse(AccuracyStats stats) {
        // Stable key order: coins alphabetically, horizons from short to long.
        Map<String, AccuracyStatsResponse.Breakdown> byCoin = new TreeMap<>();
        stats.byCoin().forEach((code, breakdown) -> byCoin.put(code.value(), breakdown(breakdown)));
        Map<String, AccuracyStatsResponse.Breakdown> byHorizon = new LinkedHashMap<>();
        for (Horizon horizon : Horizon.values()) {
            AccuracyStats.Breakdown breakdown = stats.byHorizon().get(horizon);
            if (breakdown != null) {
                byHorizon.put(ApiValues.lower(horizon), breakdown(breakdown));
            }
        }
        return new AccuracyStatsResponse(breakdown(stats.overall()), byCoin, byHorizon);
    }

    List<LeaderboardEntryResponse> toResponses(List<LeaderboardEntry> entries) {
        return entries.stream()
                .map(entry -> new LeaderboardEntryResponse(entry.rank(), entry.nickname().value(),
                        entry.accuracy().percent(), entry.accuracy().right(), entry.accuracy().wrong(), entry.whale()))
                .toList();
    }

    private static AccuracyStatsResponse.Breakdown breakdown(AccuracyStats.Breakdown breakdown) {
        return new AccuracyStatsResponse.Breakdown(figure(breakdown.crowd()), figure(breakdown.whale()));
    }

    private static AccuracyStatsResponse.Figure figure(ServiceAccuracy accuracy) {
        return new AccuracyStatsResponse.Figure(accuracy.percent(), accuracy.right(), accuracy.withVerdict());
    }
}
