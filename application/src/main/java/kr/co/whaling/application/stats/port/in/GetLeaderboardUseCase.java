package kr.co.whaling.application.stats.port.in;

import java.util.List;
import kr.co.whaling.application.stats.model.LeaderboardEntry;

/** Use case: the best members, by the Wilson lower bound of their hit rate or by their skill. */
public interface GetLeaderboardUseCase {

    List<LeaderboardEntry> getLeaderboard(GetLeaderboardQuery query);
}
