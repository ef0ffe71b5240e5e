package kr.co.whaling.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import kr.co.whaling.application.stats.model.CalibrationStats;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.application.stats.model.LeaderboardOrder;
import kr.co.whaling.application.stats.port.in.GetCalibrationUseCase;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.Calibration;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.member.Nickname;
import org.junit.jupiter.api.Test;

class KeptStatsTest {

    /** A ranking of 150 members that counts its calls and records the queries it was asked. */
    private final List<GetLeaderboardQuery> asked = new ArrayList<>();
    private final GetLeaderboardUseCase ranking = query -> {
        asked.add(query);
        return IntStream.rangeClosed(1, Math.min(query.size(), 150))
                .mapToObj(rank -> new LeaderboardEntry(rank, new Nickname(query.order().name().toLowerCase() + rank),
                        new Accuracy(rank, 1), new Skill(10, 5, 4.0), false))
                .toList();
    };

    @Test
    void every_size_of_one_order_is_served_from_one_kept_ranking_of_the_best_hundred() {
        GetLeaderboardUseCase kept = KeptStats.leaderboard(ranking, Duration.ofHours(1));

        List<LeaderboardEntry> top5 = kept.getLeaderboard(new GetLeaderboardQuery(5, LeaderboardOrder.SKILL));
        List<LeaderboardEntry> top100 = kept.getLeaderboard(new GetLeaderboardQuery(100, LeaderboardOrder.SKILL));
        kept.getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.SKILL));

        assertThat(top5).extracting(LeaderboardEntry::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(top5.get(0).nickname().value()).isEqualTo("skill1");
        assertThat(top100).hasSize(100);
        assertThat(asked).containsExactly(new GetLeaderboardQuery(GetLeaderboardQuery.MAX_SIZE, LeaderboardOrder.SKILL));
    }

    @Test
    void each_order_keeps_its_own_ranking() {
        GetLeaderboardUseCase kept = KeptStats.leaderboard(ranking, Duration.ofHours(1));

        assertThat(kept.getLeaderboard(new GetLeaderboardQuery(1, LeaderboardOrder.SKILL)).get(0).nickname().value())
                .isEqualTo("skill1");
        assertThat(kept.getLeaderboard(new GetLeaderboardQuery(1, LeaderboardOrder.HIT_RATE)).get(0).nickname().value())
                .isEqualTo("hit_rate1");
        assertThat(asked).extracting(GetLeaderboardQuery::order)
                .containsExactly(LeaderboardOrder.SKILL, LeaderboardOrder.HIT_RATE);
    }

    @Test
    void a_shorter_ranking_than_asked_for_is_answered_whole() {
        GetLeaderboardUseCase three = query -> ranking.getLeaderboard(new GetLeaderboardQuery(3, query.order()));
        GetLeaderboardUseCase kept = KeptStats.leaderboard(three, Duration.ofHours(1));

        assertThat(kept.getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.HIT_RATE))).hasSize(3);
    }

    @Test
    void a_kept_ranking_is_read_again_once_its_time_is_up() throws InterruptedException {
        GetLeaderboardUseCase kept = KeptStats.leaderboard(ranking, Duration.ofMillis(50));

        kept.getLeaderboard(new GetLeaderboardQuery(10, LeaderboardOrder.SKILL));
        Thread.sleep(200);
        kept.getLeaderboard(new GetLeaderboardQuery(10, LeaderboardOrder.SKILL));

        assertThat(asked).hasSize(2);
    }

    @Test
    void zero_reads_the_ranking_on_every_request_as_asked() {
        GetLeaderboardUseCase kept = KeptStats.leaderboard(ranking, Duration.ZERO);

        kept.getLeaderboard(new GetLeaderboardQuery(7, LeaderboardOrder.SKILL));
        kept.getLeaderboard(new GetLeaderboardQuery(7, LeaderboardOrder.SKILL));

        assertThat(asked).containsExactly(new GetLeaderboardQuery(7, LeaderboardOrder.SKILL),
                new GetLeaderboardQuery(7, LeaderboardOrder.SKILL));
    }

    @Test
    void the_calibration_is_read_once_while_kept_and_on_every_request_with_zero() {
        AtomicInteger reads = new AtomicInteger();
        CalibrationStats stats = new CalibrationStats(Calibration.of(List.of()), Map.of(), Map.of());
        GetCalibrationUseCase calibration = () -> {
            reads.incrementAndGet();
            return stats;
        };

        GetCalibrationUseCase kept = KeptStats.calibration(calibration, Duration.ofHours(1));
        assertThat(kept.getCalibration()).isSameAs(stats);
        assertThat(kept.getCalibration()).isSameAs(stats);
        assertThat(reads).hasValue(1);

        GetCalibrationUseCase unkept = KeptStats.calibration(calibration, Duration.ZERO);
        unkept.getCalibration();
        unkept.getCalibration();
        assertThat(reads).hasValue(3);
    }
}
