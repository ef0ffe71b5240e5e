package kr.co.whaling.application.stats.port.out;

import kr.co.whaling.domain.accuracy.AccuracyStats;

/** Counts crowd and whale verdicts on settled questions, and the right ones; percentages are the domain's. */
public interface LoadAccuracyStatsPort {

    AccuracyStats loadAccuracyStats();
}
