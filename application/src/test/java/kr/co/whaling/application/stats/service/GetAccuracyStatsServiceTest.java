package kr.co.whaling.application.stats.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.Map;
import kr.co.whaling.application.stats.port.out.LoadAccuracyStatsPort;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.accuracy.AccuracyStats.Breakdown;
import kr.co.whaling.domain.accuracy.ServiceAccuracy;
import kr.co.whaling.domain.terms.Horizon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetAccuracyStatsServiceTest {

    @Mock
    private LoadAccuracyStatsPort loadAccuracyStatsPort;

    private GetAccuracyStatsService service;

    @BeforeEach
    void setUp() {
        service = new GetAccuracyStatsService(loadAccuracyStatsPort);
    }

    @Test
    void the_stats_are_the_counts_of_settled_questions_the_port_gives() {
        Breakdown overall = new Breakdown(new ServiceAccuracy(26, 41), new ServiceAccuracy(9, 12));
        AccuracyStats stats = new AccuracyStats(overall, Map.of(BTC, overall), Map.of(Horizon.DAY, overall));
        when(loadAccuracyStatsPort.loadAccuracyStats()).thenReturn(stats);

        AccuracyStats shown = service.getAccuracyStats();

        assertThat(shown).isEqualTo(stats);
        assertThat(shown.overall().crowd().percent()).hasToString("63.4");
    }
}
