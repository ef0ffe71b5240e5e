package kr.co.whaling.domain.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaderboardPolicyTest {

    private final LeaderboardPolicy policy = LeaderboardPolicy.standard();

    /** A leaderboard candidate. */
    private record Player(String name, Accuracy accuracy, Instant signedUpAt) {
        static Player of(String name, long right, long wrong, String signedUpAt) {
            return new Player(name, new Accuracy(right, wrong), Instant.parse(signedUpAt));
        }
    }

    private List<String> ranked(LeaderboardPolicy rules, Player... players) {
        return Stream.of(players).filter(p -> rules.isRanked(p.accuracy()))
                .sorted(rules.order(Player::accuracy, Player::signedUpAt)).map(Player::name).toList();
    }

    @Test
    void the_standard_leaderboard_needs_5_settled_answers_at_95_percent_confidence() {
        assertThat(policy.minSettled()).isEqualTo(5);
        assertThat(policy.z()).isCloseTo(1.96, within(0.0001));
    }

    @ParameterizedTest(name = "{0} of {1}: lower bound {2}")
    @CsvSource({
            "9,  10, 0.596",
            "5,  5,  0.566",
            "45, 60, 0.628",
            "0,  5,  0.000",
            "7,  10, 0.397"
    })
    void the_rank_is_the_lower_bound_of_the_95_percent_wilson_interval(long right, long settled, double bound) {
        assertThat(policy.wilsonLowerBound(new Accuracy(right, settled - right))).isCloseTo(bound, within(0.0005));
    }

    @Test
    void no_settled_answer_has_bound_0() {
        assertThat(policy.wilsonLowerBound(Accuracy.NONE)).isZero();
    }

    @ParameterizedTest(name = "{0} settled answers: ranked={1}")
    @CsvSource({"0, false", "4, false", "5, true", "60, true"})
    void members_with_fewer_than_5_settled_answers_are_not_ranked(long settled, boolean isRanked) {
        assertThat(policy.isRanked(new Accuracy(settled, 0))).isEqualTo(isRanked);
    }

    @Test
    void nine_of_ten_ranks_above_five_of_five_and_forty_five_of_sixty_above_both() {
        List<String> order = ranked(policy,
                Player.of("five-of-five", 5, 0, "2024-01-01T00:00:00Z"),
                Player.of("nine-of-ten", 9, 1, "2024-01-01T00:00:00Z"),
                Player.of("forty-five-of-sixty", 45, 15, "2024-01-01T00:00:00Z"),
                Player.of("four-of-four", 4, 0, "2024-01-01T00:00:00Z"));

        assertThat(order).containsExactly("forty-five-of-sixty", "nine-of-ten", "five-of-five");
    }

    @Test
    void equal_bounds_rank_more_right_answers_first_then_the_earlier_signup() {
        // With z = 0 the bound is the plain hit rate, so 5/5 and 10/10 tie on it.
        LeaderboardPolicy plainRate = new LeaderboardPolicy(5, 0);

        List<String> order = ranked(plainRate,
                Player.of("five-of-five", 5, 0, "2023-01-01T00:00:00Z"),
                Player.of("ten-of-ten-late", 10, 0, "2024-06-01T00:00:00Z"),
                Player.of("ten-of-ten-early", 10, 0, "2024-01-01T00:00:00Z"));

        assertThat(order).containsExactly("ten-of-ten-early", "ten-of-ten-late", "five-of-five");
    }

    @Test
    void the_same_record_ranks_the_earlier_signup_first() {
        List<String> order = ranked(policy,
                Player.of("late", 9, 1, "2024-02-01T00:00:00Z"),
                Player.of("early", 9, 1, "2024-01-01T00:00:00Z"));

        assertThat(order).containsExactly("early", "late");
    }

    /** A candidate of the skill leaderboard. */
    private record SkilledPlayer(String name, Skill skill, Instant signedUpAt) {
        static SkilledPlayer of(String name, long answers, long right, double expectedHits, String signedUpAt) {
            return new SkilledPlayer(name, new Skill(answers, right, expectedHits), Instant.parse(signedUpAt));
        }
    }

    @Test
    void ranked_by_skill_members_with_5_answers_with_a_base_rate_go_by_skill_then_right_answers_then_signup() {
        List<String> order = Stream.of(
                        // (8 − 5.0) / 10 = 30 points
                        SkilledPlayer.of("thirty-late", 10, 8, 5.0, "2024-03-01T00:00:00Z"),
                        // (4 − 2.5) / 5 = 30 points, fewer right answers
                        SkilledPlayer.of("thirty-few", 5, 4, 2.5, "2023-01-01T00:00:00Z"),
                        // (10 − 6.0) / 20 = 20 points
                        SkilledPlayer.of("twenty", 20, 10, 6.0, "2023-01-01T00:00:00Z"),
                        // (4 − 0.4) / 4 = 90 points, but only 4 answers
                        SkilledPlayer.of("lucky-four", 4, 4, 0.4, "2023-01-01T00:00:00Z"),
                        // (1 − 3.0) / 6 = −33.3 points
                        SkilledPlayer.of("below-the-odds", 6, 1, 3.0, "2023-01-01T00:00:00Z"),
                        SkilledPlayer.of("thirty-early", 10, 8, 5.0, "2024-01-01T00:00:00Z"))
                .filter(p -> policy.isRankedBySkill(p.skill()))
                .sorted(policy.skillOrder(SkilledPlayer::skill, SkilledPlayer::signedUpAt))
                .map(SkilledPlayer::name)
                .toList();

        assertThat(order).containsExactly("thirty-early", "thirty-late", "thirty-few", "twenty", "below-the-odds");
    }
}
