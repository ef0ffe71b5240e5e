package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.Prices.candle;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a settlement and a voiding do to each side's answers and members: the values persistence applies. */
class SettlementSidesTest {

    private static final VoteId VOTE = new VoteId(17);
    private static final Instant AT = Instant.parse("2024-03-11T00:00:00Z");

    @ParameterizedTest(name = "outcome {0}")
    @EnumSource(Choice.class)
    void the_side_the_outcome_names_is_right_and_rewarded_the_other_wrong_and_given_nothing(Choice outcomeAnswer) {
        Settlement settlement = new Settlement(VOTE, new Outcome(BigDecimal.TEN, Price.of("10"), outcomeAnswer),
                candle("BTC", AT, "10"), Optional.of(true), Optional.empty(), Points.of(20), AT);
        Choice other = outcomeAnswer == Choice.YES ? Choice.NO : Choice.YES;

        assertThat(settlement.state()).isEqualTo(VoteState.TRACKED);
        assertThat(settlement.sides()).containsExactlyInAnyOrder(
                new SideSettlement(outcomeAnswer, AnswerResult.RIGHT, 1, 0,
                        new PointChange(PointReason.REWARD, Points.of(20))),
                new SideSettlement(other, AnswerResult.WRONG, 0, 1,
                        new PointChange(PointReason.REWARD, Points.ZERO)));
        assertThat(settlement.sides()).filteredOn(side -> side.choice() == other)
                .allSatisfy(side -> assertThat(side.credit().isNone()).isTrue());
    }

    @Test
    void a_voiding_refunds_every_answer_counts_nothing_and_gives_the_creator_the_fee_back() {
        Voiding voiding = new Voiding(VOTE, new MemberId(3), Points.of(50), Points.of(10), AT);

        assertThat(voiding.state()).isEqualTo(VoteState.VOIDED);
        assertThat(voiding.sides()).containsExactlyInAnyOrder(
                new SideSettlement(Choice.YES, AnswerResult.REFUNDED, 0, 0,
                        new PointChange(PointReason.ANSWER_FEE_REFUND, Points.of(10))),
                new SideSettlement(Choice.NO, AnswerResult.REFUNDED, 0, 0,
                        new PointChange(PointReason.ANSWER_FEE_REFUND, Points.of(10))));
        assertThat(voiding.creatorRefund()).isEqualTo(new PointChange(PointReason.VOTE_FEE_REFUND, Points.of(50)));
        assertThat(voiding.creatorRefund().signedAmount()).isEqualTo(50);
    }

    @Test
    void a_free_official_question_voided_refunds_nothing() {
        Voiding voiding = new Voiding(VOTE, new MemberId(1), Points.ZERO, Points.ZERO, AT);

        assertThat(voiding.sides()).allSatisfy(side -> assertThat(side.credit().isNone()).isTrue());
        assertThat(voiding.creatorRefund().isNone()).isTrue();
    }
}
