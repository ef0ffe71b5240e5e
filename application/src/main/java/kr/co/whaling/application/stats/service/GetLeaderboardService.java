package kr.co.whaling.application.stats.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.application.stats.model.LeaderboardOrder;
import kr.co.whaling.application.stats.model.RankingCandidate;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import kr.co.whaling.application.stats.port.out.LoadRankingCandidatesPort;
import kr.co.whaling.domain.accuracy.LeaderboardPolicy;
import kr.co.whaling.domain.vote.GameRules;
import org.springframework.transaction.annotation.Transactional;

/** Ranks the members who may be ranked, by hit rate or by skill as the rules order them, best first. */
public class GetLeaderboardService implements GetLeaderboardUseCase {

    private final LoadRankingCandidatesPort loadRankingCandidatesPort;
    private final GameRules rules;

    public GetLeaderboardService(LoadRankingCandidatesPort loadRankingCandidatesPort, GameRules rules) {
        this.loadRankingCandidatesPort = loadRankingCandidatesPort;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeaderboardEntry> getLeaderboard(GetLeaderboardQuery query) {
        LeaderboardPolicy policy = rules.leaderboard();
        Stream<RankingCandidate> ranked = query.order() == LeaderboardOrder.SKILL
                ? loadRankingCandidatesPort.loadSkillRankingCandidates(policy.minSettled()).stream()
                        .filter(candidate -> policy.isRankedBySkill(candidate.skill()))
                        .sorted(policy.skillOrder(RankingCandidate::skill, RankingCandidate::signedUpAt))
                : loadRankingCandidatesPort.loadRankingCandidates(policy.minSettled()).stream()
                        .filter(candidate -> policy.isRanked(candidate.accuracy()))
                        .sorted(policy.order(RankingCandidate::accuracy, RankingCandidate::signedUpAt));
        List<RankingCandidate> best = ranked.limit(query.size()).toList();
        List<LeaderboardEntry> entries = new ArrayList<>(best.size());
        for (RankingCandidate candidate : best) {
            entries.add(new LeaderboardEntry(entries.size() + 1, candidate.nickname(), candidate.accuracy(),
                    candidate.skill(), rules.whales().isWhale(candidate.accuracy())));
        }
        return List.copyOf(entries);
    }
}
