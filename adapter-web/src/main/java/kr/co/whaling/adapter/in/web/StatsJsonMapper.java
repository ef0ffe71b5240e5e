package kr.co.whaling.adapter.in.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import kr.co.whaling.application.stats.model.CalibrationStats;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.accuracy.Calibration;
import kr.co.whaling.domain.accuracy.ServiceAccuracy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;
import org.springframework.stereotype.Component;

/** Maps accuracy statistics, calibration and the leaderboard to their JSON. */
@Component
class StatsJsonMapper {

    AccPercentResponse toAccPercent(AccuracyStats stats) {
        return new AccPercentResponse(stats.overall().crowd().percent().toPlainString());
    }

    AccuracyStatsResponse toResponse(AccuracyStats stats) {
        return new AccuracyStatsResponse(breakdown(stats.overall()),
                byCoin(stats.byCoin(), StatsJsonMapper::breakdown),
                byHorizon(stats.byHorizon(), StatsJsonMapper::breakdown));
    }

    /** The lines of a leaderboard; ranked by skill, with each member's skill and answers with a base rate. */
    List<LeaderboardEntryResponse> toResponses(List<LeaderboardEntry> entries, boolean bySkill) {
        return entries.stream()
                .map(entry -> new LeaderboardEntryResponse(entry.rank(), entry.nickname().value(),
                        entry.accuracy().percent(), entry.accuracy().right(), entry.accuracy().wrong(), entry.whale(),
                        bySkill ? ApiValues.points(entry.skill().percentagePoints()) : null,
                        bySkill ? entry.skill().answers() : null))
                .toList();
    }

    CalibrationResponse toResponse(CalibrationStats stats) {
        return new CalibrationResponse(figures(stats.overall()),
                byCoin(stats.byCoin(), StatsJsonMapper::figures),
                byHorizon(stats.byHorizon(), StatsJsonMapper::figures));
    }

    /** Keyed by code, alphabetically, for a stable key order. */
    private static <T, R> Map<String, R> byCoin(Map<CoinCode, T> values, Function<T, R> toJson) {
        Map<String, R> json = new TreeMap<>();
        values.forEach((code, value) -> json.put(code.value(), toJson.apply(value)));
        return json;
    }

    /** Keyed by lower-case name, from short to long (the declaration order). */
    private static <T, R> Map<String, R> byHorizon(Map<Horizon, T> values, Function<T, R> toJson) {
        Map<String, R> json = new LinkedHashMap<>();
        new TreeMap<>(values).forEach((horizon, value) -> json.put(ApiValues.lower(horizon), toJson.apply(value)));
        return json;
    }

    private static CalibrationResponse.Figures figures(Calibration calibration) {
        List<CalibrationResponse.Bucket> buckets = calibration.buckets().stream()
                .map(bucket -> new CalibrationResponse.Bucket(bucket.from(), bucket.to(), bucket.questions(),
                        share(bucket.yesShare())))
                .toList();
        return new CalibrationResponse.Figures(buckets, share(calibration.crowdBrier()),
                share(calibration.baseRateBrier()), calibration.questions());
    }

    private static BigDecimal share(OptionalDouble value) {
        return value.isPresent() ? ApiValues.share(value.getAsDouble()) : null;
    }

    private static AccuracyStatsResponse.Breakdown breakdown(AccuracyStats.Breakdown breakdown) {
        return new AccuracyStatsResponse.Breakdown(figure(breakdown.crowd()), figure(breakdown.whale()));
    }

    private static AccuracyStatsResponse.Figure figure(ServiceAccuracy accuracy) {
        return new AccuracyStatsResponse.Figure(accuracy.percent(), accuracy.right(), accuracy.withVerdict());
    }
}
