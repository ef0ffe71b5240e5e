package kr.co.whaling.application.stats.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.ETH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.mockito.Mockito.when;

import java.util.List;
import kr.co.whaling.application.stats.model.CalibrationStats;
import kr.co.whaling.application.stats.model.CalibrationSums;
import kr.co.whaling.application.stats.port.out.LoadCalibrationPort;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.terms.Horizon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetCalibrationServiceTest {

    @Mock
    private LoadCalibrationPort loadCalibrationPort;

    @Test
    void the_kept_sums_add_up_overall_per_coin_and_per_horizon() {
        // BTC day, tenth 7: 2 questions, 1 YES, crowd errors 0.0625 + 0.5625, both with a base rate (0.49 + 0.09).
        CalibrationBucket btcDay = new CalibrationBucket(7, 2, 1, 0.625, 2, 0.58);
        // ETH week, tenth 7: 1 question, YES, crowd error 0.04, no base rate.
        CalibrationBucket ethWeek = new CalibrationBucket(7, 1, 1, 0.04, 0, 0);
        // BTC week, tenth 2: 1 question, NO, crowd error 0.0625, base rate error 0.01.
        CalibrationBucket btcWeek = new CalibrationBucket(2, 1, 0, 0.0625, 1, 0.01);
        when(loadCalibrationPort.loadCalibrationSums()).thenReturn(List.of(new CalibrationSums(BTC, Horizon.DAY, btcDay),
                new CalibrationSums(ETH, Horizon.WEEK, ethWeek), new CalibrationSums(BTC, Horizon.WEEK, btcWeek)));

        CalibrationStats stats = new GetCalibrationService(loadCalibrationPort).getCalibration();

        assertThat(stats.overall().questions()).isEqualTo(4);
        assertThat(stats.overall().buckets().get(7).questions()).isEqualTo(3);
        assertThat(stats.overall().buckets().get(7).yesShare().getAsDouble()).isEqualTo(2.0 / 3);
        // (0.625 + 0.04 + 0.0625) / 4 and (0.58 + 0.01) / 3.
        assertThat(stats.overall().crowdBrier().getAsDouble()).isCloseTo(0.181875, offset(1e-12));
        assertThat(stats.overall().baseRateBrier().getAsDouble()).isCloseTo(0.59 / 3, offset(1e-12));
        assertThat(stats.byCoin()).containsOnlyKeys(BTC, ETH);
        assertThat(stats.byCoin().get(BTC).questions()).isEqualTo(3);
        assertThat(stats.byCoin().get(ETH).baseRateBrier()).isEmpty();
        assertThat(stats.byHorizon()).containsOnlyKeys(Horizon.DAY, Horizon.WEEK);
        assertThat(stats.byHorizon().get(Horizon.WEEK).questions()).isEqualTo(2);
    }

    @Test
    void with_nothing_settled_every_tenth_is_empty_and_there_is_no_score() {
        when(loadCalibrationPort.loadCalibrationSums()).thenReturn(List.of());

        CalibrationStats stats = new GetCalibrationService(loadCalibrationPort).getCalibration();

        assertThat(stats.overall().buckets()).hasSize(10).allSatisfy(bucket -> assertThat(bucket.questions()).isZero());
        assertThat(stats.overall().crowdBrier()).isEmpty();
        assertThat(stats.byCoin()).isEmpty();
    }
}
