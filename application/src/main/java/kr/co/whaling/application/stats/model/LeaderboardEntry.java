package kr.co.whaling.application.stats.model;

import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.member.Nickname;

/** One line of the leaderboard: rank (1 first), nickname, hit rate and whether a whale. */
public record LeaderboardEntry(int rank, Nickname nickname, Accuracy accuracy, boolean whale) {
}
