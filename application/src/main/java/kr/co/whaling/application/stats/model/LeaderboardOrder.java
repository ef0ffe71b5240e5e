package kr.co.whaling.application.stats.model;

/**
 * How the leaderboard ranks (domain.md): by the Wilson lower bound of the hit rate, or by skill
 * (percentage points above the base rates of the questions answered).
 */
public enum LeaderboardOrder {
    HIT_RATE,
    SKILL
}
