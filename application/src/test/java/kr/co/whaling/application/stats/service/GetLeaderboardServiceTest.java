package kr.co.whaling.application.stats.service;

import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.application.stats.model.LeaderboardOrder;
import kr.co.whaling.application.stats.model.RankingCandidate;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.out.LoadRankingCandidatesPort;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetLeaderboardServiceTest {

    private static final RankingCandidate NINE_OF_TEN = candidate(1, "nine_of_ten", 9, 1, 10);
    private static final RankingCandidate FIVE_OF_FIVE = candidate(2, "five_of_five", 5, 0, 20);
    private static final RankingCandidate FORTY_FIVE_OF_SIXTY = candidate(3, "fortyfive", 45, 15, 30);
    private static final RankingCandidate FIVE_OF_FIVE_LATER = candidate(4, "five_later", 5, 0, 5);
    private static final RankingCandidate THREE_OF_SEVEN = candidate(5, "three_of_seven", 3, 4, 40);

    @Mock
    private LoadRankingCandidatesPort loadRankingCandidatesPort;

    private GetLeaderboardService service;

    @BeforeEach
    void setUp() {
        service = new GetLeaderboardService(loadRankingCandidatesPort, RULES);
    }

    @Test
    void members_are_ranked_by_the_wilson_lower_bound_then_the_earlier_signup_with_their_whale_status() {
        when(loadRankingCandidatesPort.loadRankingCandidates(5)).thenReturn(List.of(
                THREE_OF_SEVEN, FIVE_OF_FIVE_LATER, NINE_OF_TEN, FIVE_OF_FIVE, FORTY_FIVE_OF_SIXTY));

        List<LeaderboardEntry> board = service.getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.HIT_RATE));

        assertThat(board).containsExactly(
                entry(1, FORTY_FIVE_OF_SIXTY, true),
                entry(2, NINE_OF_TEN, true),
                entry(3, FIVE_OF_FIVE, true),
                entry(4, FIVE_OF_FIVE_LATER, true),
                entry(5, THREE_OF_SEVEN, false));
    }

    @Test
    void the_board_stops_at_the_requested_size() {
        when(loadRankingCandidatesPort.loadRankingCandidates(5)).thenReturn(List.of(
                THREE_OF_SEVEN, NINE_OF_TEN, FIVE_OF_FIVE, FORTY_FIVE_OF_SIXTY));

        List<LeaderboardEntry> board = service.getLeaderboard(new GetLeaderboardQuery(2, LeaderboardOrder.HIT_RATE));

        assertThat(board).containsExactly(entry(1, FORTY_FIVE_OF_SIXTY, true), entry(2, NINE_OF_TEN, true));
    }

    @Test
    void a_member_with_fewer_than_five_settled_answers_is_never_ranked() {
        RankingCandidate fourOfFour = candidate(6, "four_of_four", 4, 0, 50);
        when(loadRankingCandidatesPort.loadRankingCandidates(5)).thenReturn(List.of(fourOfFour, THREE_OF_SEVEN));

        assertThat(service.getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.HIT_RATE)))
                .containsExactly(entry(1, THREE_OF_SEVEN, false));
    }

    @Test
    void ranked_by_skill_members_are_ordered_by_points_above_the_base_rates_then_right_answers_then_signup() {
        // 5 answers, 3 right, expected 1.5: (3 - 1.5) / 5 = +30 points.
        RankingCandidate plusThirty = skilled(11, "plus_thirty", new Skill(5, 3, 1.5), 10);
        // 10 answers, 8 right, expected 5: +30 points, more right answers: ahead.
        RankingCandidate plusThirtyMoreRight = skilled(12, "plus_thirty_b", new Skill(10, 8, 5), 5);
        // 6 answers, 5 right, expected 5.4: (5 - 5.4) / 6 = -6.7 points, though a 5-of-6 hit rate.
        RankingCandidate easyQuestions = skilled(13, "easy", new Skill(6, 5, 5.4), 20);
        // 4 answers with a base rate: not ranked by skill.
        RankingCandidate tooFew = skilled(14, "too_few", new Skill(4, 4, 0.4), 30);
        when(loadRankingCandidatesPort.loadSkillRankingCandidates(5))
                .thenReturn(List.of(easyQuestions, tooFew, plusThirty, plusThirtyMoreRight));

        List<LeaderboardEntry> board = service.getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.SKILL));

        assertThat(board).containsExactly(entry(1, plusThirtyMoreRight, true), entry(2, plusThirty, false),
                entry(3, easyQuestions, true));
        assertThat(board.get(2).skill().percentagePoints()).isCloseTo(-6.667, offset(0.001));
    }

    @Test
    void with_no_one_to_rank_the_board_is_empty() {
        when(loadRankingCandidatesPort.loadRankingCandidates(5)).thenReturn(List.of());

        assertThat(service.getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.HIT_RATE))).isEmpty();
    }

    private static RankingCandidate candidate(long id, String nickname, long right, long wrong, long daysAgo) {
        return new RankingCandidate(new MemberId(id), new Nickname(nickname), new Accuracy(right, wrong), Skill.NONE,
                NOW.minus(Duration.ofDays(daysAgo)));
    }

    private static RankingCandidate skilled(long id, String nickname, Skill skill, long daysAgo) {
        return new RankingCandidate(new MemberId(id), new Nickname(nickname), new Accuracy(skill.right(),
                skill.answers() - skill.right()), skill, NOW.minus(Duration.ofDays(daysAgo)));
    }

    private static LeaderboardEntry entry(int rank, RankingCandidate candidate, boolean whale) {
        return new LeaderboardEntry(rank, candidate.nickname(), candidate.accuracy(), candidate.skill(), whale);
    }
}
