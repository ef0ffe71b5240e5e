package kr.co.whaling.application.stats.port.out;

import kr.co.whaling.domain.accuracy.AccuracyStats;

/**
 * Counts settled questions with a crowd (and a whale) verdict, and how many of those verdicts were
 * right: overall, per coin and per horizon. Counts only; percentages are the domain's.
 */
public interface LoadAccuracyStatsPort {

    AccuracyStats loadAccuracyStats();
}
