package kr.co.whaling.application.stats.port.out;

import java.util.List;
import kr.co.whaling.application.stats.model.RankingCandidate;

/** The members who may be ranked, read from their counters (never from their answers). */
public interface LoadRankingCandidatesPort {

    /** Those with at least {@code minSettled} settled answers. */
    List<RankingCandidate> loadRankingCandidates(long minSettled);

    /** Those with at least {@code minAnswersWithBaseRate} settled answers to questions with a base rate. */
    List<RankingCandidate> loadSkillRankingCandidates(long minAnswersWithBaseRate);
}
