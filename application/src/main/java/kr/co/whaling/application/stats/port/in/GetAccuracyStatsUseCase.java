package kr.co.whaling.application.stats.port.in;

import kr.co.whaling.domain.accuracy.AccuracyStats;

/** Use case: how often the crowd and the whales were right: overall (the service accuracy), per coin, per horizon. */
public interface GetAccuracyStatsUseCase {

    AccuracyStats getAccuracyStats();
}
