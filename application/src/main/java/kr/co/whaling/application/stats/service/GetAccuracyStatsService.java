package kr.co.whaling.application.stats.service;

import kr.co.whaling.application.stats.port.in.GetAccuracyStatsUseCase;
import kr.co.whaling.application.stats.port.out.LoadAccuracyStatsPort;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import org.springframework.transaction.annotation.Transactional;

/** Shows how often the crowd and the whales were right. */
public class GetAccuracyStatsService implements GetAccuracyStatsUseCase {

    private final LoadAccuracyStatsPort loadAccuracyStatsPort;

    public GetAccuracyStatsService(LoadAccuracyStatsPort loadAccuracyStatsPort) {
        this.loadAccuracyStatsPort = loadAccuracyStatsPort;
    }

    @Override
    @Transactional(readOnly = true)
    public AccuracyStats getAccuracyStats() {
        return loadAccuracyStatsPort.loadAccuracyStats();
    }
}
