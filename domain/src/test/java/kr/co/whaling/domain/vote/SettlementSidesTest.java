package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.Prices.candle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a settlement and a voiding do to each side's answers and members: the values persistence applies. */
class SettlementSidesTest {

    private static final VoteId VOTE = new VoteId(17);
    private static final Instant AT = Instant.parse("2024-03-11T00:00:00Z");
    private static final VoteTerms BTC_UP_5_WEEK =
            new VoteTerms(new CoinCode("BTC"), Direction.UP, new Range(5), Horizon.WEEK);
    /** YES in 30 of 100 past windows: a share of 0.3. */
    private static final BaseRate THIRTY_PERCENT = BaseRatePolicy.standard().rateOf(30, 100);

    private static Settlement settled(Choice outcomeAnswer, Tally tally, Optional<BaseRate> baseRate) {
        return new Settlement(VOTE, new Outcome(BigDecimal.TEN, Prices.krw("10"), outcomeAnswer),
                candle("BTC", AT, "10"), Optional.of(true), Optional.empty(), Points.of(20), AT, BTC_UP_5_WEEK,
                tally, baseRate);
    }

    @ParameterizedTest(name = "outcome {0}")
    @EnumSource(Choice.class)
    void the_side_the_outcome_names_is_right_and_rewarded_the_other_wrong_and_given_nothing(Choice outcomeAnswer) {
        Settlement settlement = settled(outcomeAnswer, new Tally(1, 1, 0, 0), Optional.empty());
        Choice other = outcomeAnswer == Choice.YES ? Choice.NO : Choice.YES;

        assertThat(settlement.state()).isEqualTo(VoteState.TRACKED);
        assertThat(settlement.sides()).containsExactlyInAnyOrder(
                new SideSettlement(outcomeAnswer, AnswerResult.RIGHT, 1, 0,
                        new PointChange(PointReason.REWARD, Points.of(20)), Skill.NONE),
                new SideSettlement(other, AnswerResult.WRONG, 0, 1,
                        new PointChange(PointReason.REWARD, Points.ZERO), Skill.NONE));
        assertThat(settlement.sides()).filteredOn(side -> side.choice() == other)
                .allSatisfy(side -> assertThat(side.credit().isNone()).isTrue());
    }

    @Test
    void a_voiding_refunds_every_answer_counts_nothing_and_gives_the_creator_the_fee_back() {
        Voiding voiding = new Voiding(VOTE, new MemberId(3), Points.of(50), Points.of(10), AT);

        assertThat(voiding.state()).isEqualTo(VoteState.VOIDED);
        assertThat(voiding.sides()).containsExactlyInAnyOrder(
                new SideSettlement(Choice.YES, AnswerResult.REFUNDED, 0, 0,
                        new PointChange(PointReason.ANSWER_FEE_REFUND, Points.of(10)), Skill.NONE),
                new SideSettlement(Choice.NO, AnswerResult.REFUNDED, 0, 0,
                        new PointChange(PointReason.ANSWER_FEE_REFUND, Points.of(10)), Skill.NONE));
        assertThat(voiding.creatorRefund()).isEqualTo(new PointChange(PointReason.VOTE_FEE_REFUND, Points.of(50)));
        assertThat(voiding.creatorRefund().signedAmount()).isEqualTo(50);
    }

    @Test
    void a_free_official_question_voided_refunds_nothing() {
        Voiding voiding = new Voiding(VOTE, new MemberId(1), Points.ZERO, Points.ZERO, AT);

        assertThat(voiding.sides()).allSatisfy(side -> assertThat(side.credit().isNone()).isTrue());
        assertThat(voiding.creatorRefund().isNone()).isTrue();
    }

    @Test
    void with_a_base_rate_each_side_adds_one_answer_and_its_expected_hit_to_skill() {
        Settlement yes = settled(Choice.YES, new Tally(3, 1, 0, 0), Optional.of(THIRTY_PERCENT));

        // YES was right: its members add 1 right and the YES rate 0.3; NO members add 0 right and 0.7.
        assertThat(yes.sides()).extracting(SideSettlement::choice, SideSettlement::skill).containsExactlyInAnyOrder(
                tuple(Choice.YES, new Skill(1, 1, 0.3)),
                tuple(Choice.NO, new Skill(1, 0, 0.7)));
        Settlement no = settled(Choice.NO, new Tally(3, 1, 0, 0), Optional.of(THIRTY_PERCENT));
        assertThat(no.sides()).extracting(SideSettlement::choice, SideSettlement::skill).containsExactlyInAnyOrder(
                tuple(Choice.YES, new Skill(1, 0, 0.3)),
                tuple(Choice.NO, new Skill(1, 1, 0.7)));
    }

    @Test
    void a_settlement_adds_its_crowd_share_outcome_and_both_squared_errors_to_its_tenth() {
        // 3 YES of 4: share 0.75, tenth 7; resolved YES: crowd (0.75 - 1)² = 0.0625, base rate (0.3 - 1)² = 0.49.
        Settlement settlement = settled(Choice.YES, new Tally(3, 1, 0, 0), Optional.of(THIRTY_PERCENT));

        CalibrationBucket bucket = settlement.calibration().orElseThrow();
        assertThat(bucket.tenth()).isEqualTo(7);
        assertThat(bucket.questions()).isEqualTo(1);
        assertThat(bucket.resolvedYes()).isEqualTo(1);
        assertThat(bucket.crowdSquaredErrors()).isEqualTo(0.0625);
        assertThat(bucket.withBaseRate()).isEqualTo(1);
        assertThat(bucket.baseRateSquaredErrors()).isCloseTo(0.49, offset(1e-12));
    }

    @Test
    void a_tie_adds_nothing_to_calibration() {
        assertThat(settled(Choice.YES, new Tally(2, 2, 0, 0), Optional.of(THIRTY_PERCENT)).calibration()).isEmpty();
    }
}
