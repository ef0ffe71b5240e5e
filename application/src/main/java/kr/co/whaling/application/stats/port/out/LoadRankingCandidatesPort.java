package kr.co.whaling.application.stats.port.out;

import java.util.List;
import kr.co.whaling.application.stats.model.RankingCandidate;

/** The members who may be ranked: those with at least {@code minSettled} settled answers. */
public interface LoadRankingCandidatesPort {

    List<RankingCandidate> loadRankingCandidates(long minSettled);
}
