package kr.co.whaling.application.stats.model;

import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.member.Nickname;

/** One line of the leaderboard: rank (1 first), nickname, hit rate, skill counters and whether a whale. */
public record LeaderboardEntry(int rank, Nickname nickname, Accuracy accuracy, Skill skill, boolean whale) {
}
