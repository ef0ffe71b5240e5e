package kr.co.whaling.application.stats.model;

/** How the leaderboard ranks (domain.md): by the Wilson lower bound of the hit rate, or by skill. */
public enum LeaderboardOrder {
    HIT_RATE,
    SKILL
}
