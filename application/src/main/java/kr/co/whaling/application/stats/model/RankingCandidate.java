package kr.co.whaling.application.stats.model;

import java.time.Instant;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.shared.MemberId;

/** A member who may be ranked: their counters (hit rate and skill) and signup time, nothing else. */
public record RankingCandidate(MemberId id, Nickname nickname, Accuracy accuracy, Skill skill, Instant signedUpAt) {
}
