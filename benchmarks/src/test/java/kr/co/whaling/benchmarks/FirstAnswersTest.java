package kr.co.whaling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAnswersTest {

    /** seed.sql's formula: answer k of question v comes from member ((v * 7919 + k * stride) mod members) + 1. */
    private static boolean seeded(BenchSettings.DataSet data, long vote, long member) {
        long stride = data.members() / data.perVote();
        for (long k = 0; k < data.perVote(); k++) {
            if ((vote * 7919 + k * stride) % data.members() + 1 == member) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyPairOfTheBenchmarkDataSetIsAFirstAnswerToAnOngoingQuestionAndComesOnce() {
        BenchSettings.DataSet data = new BenchSettings.DataSet(10_000, 100_000, 20_000, 10);
        FirstAnswers answers = new FirstAnswers(data);
        Set<Long> seen = new HashSet<>();
        long stride = data.members() / data.perVote();
        for (int i = 0; i < (data.votes() - data.finished()) * data.perVote(); i++) {
            FirstAnswers.Pair pair = answers.next();
            assertThat(pair.vote()).isBetween((long) data.finished() + 1, (long) data.votes());
            assertThat(pair.member()).isBetween(1L, (long) data.members());
            assertThat(pair.choice()).isIn(1, 2);
            // Seeded answerers of v are v * 7919 modulo the stride; the pair's member is half a stride off.
            assertThat(Math.floorMod(pair.member() - 1 - pair.vote() * 7919, stride)).isEqualTo(stride / 2);
            assertThat(seen.add(pair.vote() * data.members() + pair.member())).isTrue();
        }
        assertThatThrownBy(answers::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSmallDataSetCheckedAgainstEverySeededAnswer() {
        BenchSettings.DataSet data = new BenchSettings.DataSet(60, 30, 10, 6);
        FirstAnswers answers = new FirstAnswers(data);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 20 * 6; i++) {
            FirstAnswers.Pair pair = answers.next();
            assertThat(seeded(data, pair.vote(), pair.member())).isFalse();
            assertThat(seen.add(pair.vote() * 1000 + pair.member())).isTrue();
        }
        assertThat(seen).hasSize(120);
    }

    @Test
    void refusesADataSetWhoseMembersDoNotSplitIntoStrides() {
        assertThatThrownBy(() -> new FirstAnswers(new BenchSettings.DataSet(1_001, 100, 10, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
