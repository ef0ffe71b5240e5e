package kr.co.whaling.application.stats.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.application.stats.model.RankingCandidate;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import kr.co.whaling.application.stats.port.out.LoadRankingCandidatesPort;
import kr.co.whaling.domain.accuracy.LeaderboardPolicy;
import kr.co.whaling.domain.vote.GameRules;
import org.springframework.transaction.annotation.Transactional;

/** Ranks the members who may be ranked, in the leaderboard order of the rules, best first. */
public class GetLeaderboardService implements GetLeaderboardUseCase {

    private final LoadRankingCandidatesPort loadRankingCandidatesPort;
    private final GameRules rules;

    public GetLeaderboardService(LoadRankingCandidatesPort loadRankingCandidatesPort, GameRules rules) {
        this.loadRankingCandidatesPort = Objects.requireNonNull(loadRankingCandidatesPort,
                "loadRankingCandidatesPort");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeaderboardEntry> getLeaderboard(GetLeaderboardQuery query) {
        LeaderboardPolicy policy = rules.leaderboard();
        List<RankingCandidate> best = loadRankingCandidatesPort.loadRankingCandidates(policy.minSettled()).stream()
                .filter(candidate -> policy.isRanked(candidate.accuracy()))
                .sorted(policy.order(RankingCandidate::accuracy, RankingCandidate::signedUpAt))
                .limit(query.size())
                .toList();
        List<LeaderboardEntry> entries = new ArrayList<>(best.size());
        for (RankingCandidate candidate : best) {
            entries.add(new LeaderboardEntry(entries.size() + 1, candidate.nickname(), candidate.accuracy(),
                    rules.whales().isWhale(candidate.accuracy())));
        }
        return List.copyOf(entries);
    }
}
