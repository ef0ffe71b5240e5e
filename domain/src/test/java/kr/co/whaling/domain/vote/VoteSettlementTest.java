package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.MemberBuilder.aStaffMember;
import static kr.co.whaling.domain.testdata.Prices.candle;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static kr.co.whaling.domain.testdata.VoteBuilder.aVote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteSettlementTest {

    private static final GameRules RULES = GameRules.standard();
    /** BTC up 5% within a week from 100,000,000 KRW: target 105,000,000; settles 2024-03-11 09:00 Seoul. */
    private static final Instant SETTLES_AT = seoul("2024-03-11T09:00");

    private Vote finishedVote() {
        return aVote().withId(9).createdBy(new MemberId(3)).up(5).withHorizon(Horizon.WEEK)
                .createdAt(seoul("2024-03-04T09:00")).createdPrice("100000000")
                .withTally(new Tally(3, 1, 1, 0)).finished().build();
    }

    private static Optional<MinuteCandle> candleAt(Instant start, String close) {
        return Optional.of(candle("BTC", start, close));
    }

    @Test
    void the_standard_settlement_waits_24_hours_for_a_price() {
        assertThat(SettlementPolicy.standard().voidAfter()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void a_due_question_is_settled_with_the_candle_of_its_settlement_time_and_keeps_it_as_evidence() {
        Vote vote = finishedVote();
        Optional<MinuteCandle> candle = candleAt(SETTLES_AT, "105000000");
        Instant now = SETTLES_AT.plusSeconds(30);

        SettlementDecision decision = vote.settle(candle, now, RULES);

        Settlement settlement = ((SettlementDecision.Settle) decision).settlement();
        assertThat(settlement.voteId()).isEqualTo(new VoteId(9));
        assertThat(settlement.evidence()).isEqualTo(candle.get());
        assertThat(settlement.outcome().target()).isEqualByComparingTo("105000000");
        assertThat(settlement.outcome().finalPrice()).isEqualTo(Prices.krw("105000000"));
        assertThat(settlement.outcome().answer()).isEqualTo(Choice.YES);
        assertThat(settlement.crowdVerdict()).contains(true);
        assertThat(settlement.whaleVerdict()).contains(true);
        assertThat(settlement.rewardPerRightAnswer()).isEqualTo(Points.of(20));
        assertThat(settlement.settledAt()).isEqualTo(now);
        assertThat(vote.state()).isEqualTo(VoteState.TRACKED);
        assertThat(vote.settlement()).contains(settlement);
        assertThat(vote.crowdVerdict()).contains(true);
        assertThat(vote.whaleVerdict()).contains(true);
    }

    @Test
    void a_right_answer_to_an_official_question_earns_30() {
        Vote vote = aVote().createdBy(aStaffMember().build()).finished().build();

        SettlementDecision decision = vote.settle(candleAt(SETTLES_AT, "1"), SETTLES_AT, RULES);

        assertThat(((SettlementDecision.Settle) decision).settlement().rewardPerRightAnswer())
                .isEqualTo(Points.of(30));
    }

    @Test
    void a_question_nobody_answered_settles_without_verdicts() {
        Vote vote = aVote().finished().build();

        vote.settle(candleAt(SETTLES_AT, "1"), SETTLES_AT, RULES);

        assertThat(vote.state()).isEqualTo(VoteState.TRACKED);
        assertThat(vote.crowdVerdict()).isEmpty();
        assertThat(vote.whaleVerdict()).isEmpty();
    }

    @ParameterizedTest(name = "a candle starting {0} from settlesAt: settles={1}")
    @CsvSource({
            "PT0S,              true",
            "-PT1S,             true",
            "-PT1M,             true",
            "-PT59M,            true",
            "-PT1H,             true",
            "-PT1H0.000000001S, false",
            "-PT1H1M,           false",
            "-PT5H,             false",
            "PT1M,              false",
            "PT0.000000001S,    false"
    })
    void only_a_candle_starting_at_or_before_settlement_and_at_most_an_hour_old_is_the_price(Duration offset,
                                                                                            boolean settles) {
        Vote vote = finishedVote();

        SettlementDecision decision = vote.settle(candleAt(SETTLES_AT.plus(offset), "90000000"),
                SETTLES_AT.plus(Duration.ofMinutes(10)), RULES);

        if (settles) {
            assertThat(decision).isInstanceOf(SettlementDecision.Settle.class);
            assertThat(vote.state()).isEqualTo(VoteState.TRACKED);
        } else {
            assertThat(decision).isEqualTo(new SettlementDecision.Wait(new VoteId(9)));
            assertThat(vote.state()).isEqualTo(VoteState.FINISHED);
            assertThat(vote.settlement()).isEmpty();
        }
    }

    @Test
    void a_late_job_settles_exactly_as_an_on_time_one() {
        Vote onTime = finishedVote();
        Vote late = finishedVote();
        Optional<MinuteCandle> candle = candleAt(SETTLES_AT.minusSeconds(60), "104999999.99");

        Settlement first = ((SettlementDecision.Settle) onTime.settle(candle, SETTLES_AT, RULES)).settlement();
        Settlement second = ((SettlementDecision.Settle) late.settle(candle, SETTLES_AT.plus(Duration.ofHours(20)),
                RULES)).settlement();

        assertThat(second.outcome()).isEqualTo(first.outcome());
        assertThat(second.outcome().answer()).isEqualTo(Choice.NO);
        assertThat(second.evidence()).isEqualTo(first.evidence());
        assertThat(second.crowdVerdict()).isEqualTo(first.crowdVerdict()).contains(false);
    }

    @Test
    void without_a_price_settlement_waits_and_changes_nothing() {
        Vote vote = finishedVote();

        SettlementDecision decision = vote.settle(Optional.empty(), SETTLES_AT.plusSeconds(5), RULES);

        assertThat(decision).isEqualTo(new SettlementDecision.Wait(new VoteId(9)));
        assertThat(vote.state()).isEqualTo(VoteState.FINISHED);
        assertThat(vote.isDueForSettlement(SETTLES_AT.plusSeconds(5))).isTrue();
    }

    @ParameterizedTest(name = "no price {0} after settlesAt: voided={1}")
    @CsvSource({"PT1H, false", "PT23H59M59.999999999S, false", "PT24H, true", "PT72H, true"})
    void a_question_still_without_price_24_hours_after_its_settlement_time_is_voided(Duration late, boolean voided) {
        Vote vote = finishedVote();
        Instant now = SETTLES_AT.plus(late);

        SettlementDecision decision = vote.settle(Optional.empty(), now, RULES);

        if (voided) {
            assertThat(decision).isEqualTo(new SettlementDecision.Void(
                    new Voiding(new VoteId(9), new MemberId(3), Points.of(50), Points.of(10), now)));
            assertThat(vote.state()).isEqualTo(VoteState.VOIDED);
            assertThat(vote.voidedAt()).contains(now);
            assertThat(vote.settlement()).isEmpty();
        } else {
            assertThat(decision).isInstanceOf(SettlementDecision.Wait.class);
            assertThat(vote.state()).isEqualTo(VoteState.FINISHED);
        }
    }

    @ParameterizedTest(name = "a failed call {0} after settlesAt leaves the question waiting")
    @CsvSource({"PT1H", "PT24H", "PT25H", "P30D"})
    void a_price_source_that_did_not_answer_never_voids_the_question_however_late(Duration late) {
        Vote vote = finishedVote();
        Instant now = SETTLES_AT.plus(late);

        SettlementDecision decision = vote.settle(CandleLookup.failed("Upbit answered 500"), now, RULES);

        assertThat(decision).isEqualTo(new SettlementDecision.Wait(new VoteId(9)));
        assertThat(vote.state()).isEqualTo(VoteState.FINISHED);
        assertThat(vote.voidedAt()).isEmpty();
    }

    @Test
    void an_answer_of_the_source_that_it_has_no_candle_voids_the_question_after_24_hours() {
        Vote vote = finishedVote();

        SettlementDecision decision = vote.settle(CandleLookup.noCandle(), SETTLES_AT.plus(Duration.ofHours(25)),
                RULES);

        assertThat(decision).isInstanceOf(SettlementDecision.Void.class);
        assertThat(vote.state()).isEqualTo(VoteState.VOIDED);
    }

    @Test
    void a_candle_found_by_the_source_settles_the_question() {
        Vote vote = finishedVote();
        MinuteCandle candle = candle("BTC", SETTLES_AT, "104000000");

        SettlementDecision decision = vote.settle(CandleLookup.found(candle), SETTLES_AT.plus(Duration.ofHours(25)),
                RULES);

        assertThat(((SettlementDecision.Settle) decision).settlement().evidence()).isEqualTo(candle);
    }

    @Test
    void a_failed_call_before_the_settlement_time_is_refused_like_any_settlement() {
        Vote vote = finishedVote();

        assertThatThrownBy(() -> vote.settle(CandleLookup.failed("timeout"), SETTLES_AT.minusSeconds(1), RULES))
                .isInstanceOf(VoteNotSettleableException.class);
    }

    @Test
    void a_candle_too_old_for_a_price_voids_the_question_after_24_hours() {
        Vote vote = finishedVote();

        SettlementDecision decision = vote.settle(candleAt(SETTLES_AT.minus(Duration.ofHours(2)), "1"),
                SETTLES_AT.plus(Duration.ofHours(24)), RULES);

        assertThat(decision).isInstanceOf(SettlementDecision.Void.class);
    }

    @Test
    void a_price_found_late_still_settles_rather_than_voids() {
        Vote vote = finishedVote();

        SettlementDecision decision = vote.settle(candleAt(SETTLES_AT, "1"), SETTLES_AT.plus(Duration.ofDays(3)),
                RULES);

        assertThat(decision).isInstanceOf(SettlementDecision.Settle.class);
    }

    @Test
    void voiding_an_official_question_refunds_nothing_because_nothing_was_paid() {
        Vote vote = aVote().createdBy(aStaffMember().build()).finished().build();

        SettlementDecision decision = vote.settle(Optional.empty(), SETTLES_AT.plus(Duration.ofDays(1)), RULES);

        Voiding voiding = ((SettlementDecision.Void) decision).voiding();
        assertThat(voiding.creationFeeRefund()).isEqualTo(Points.ZERO);
        assertThat(voiding.answerCostRefund()).isEqualTo(Points.ZERO);
    }

    @Test
    void settling_before_the_settlement_time_is_refused() {
        Vote vote = finishedVote();

        assertThat(vote.isDueForSettlement(SETTLES_AT.minusNanos(1))).isFalse();
        assertThatThrownBy(() -> vote.settle(candleAt(SETTLES_AT.minusSeconds(60), "1"), SETTLES_AT.minusNanos(1),
                RULES)).isInstanceOfSatisfying(VoteNotSettleableException.class, e -> {
                    assertThat(e.voteId()).isEqualTo(new VoteId(9));
                    assertThat(e.code()).isEqualTo("vote.not-settleable");
                });
        assertThat(vote.state()).isEqualTo(VoteState.FINISHED);
    }

    @Test
    void settling_twice_is_refused_and_keeps_the_first_settlement() {
        Vote vote = finishedVote();
        vote.settle(candleAt(SETTLES_AT, "105000000"), SETTLES_AT, RULES);
        Settlement first = vote.settlement().orElseThrow();

        assertThat(vote.isDueForSettlement(SETTLES_AT.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> vote.settle(candleAt(SETTLES_AT, "1"), SETTLES_AT.plusSeconds(60), RULES))
                .isInstanceOf(VoteNotSettleableException.class);
        assertThat(vote.settlement()).contains(first);
        assertThat(vote.state()).isEqualTo(VoteState.TRACKED);
    }

    @Test
    void a_voided_question_cannot_be_settled_afterwards() {
        Vote vote = finishedVote();
        Instant voidedAt = SETTLES_AT.plus(Duration.ofHours(24));
        vote.settle(Optional.empty(), voidedAt, RULES);

        assertThatThrownBy(() -> vote.settle(candleAt(SETTLES_AT, "1"), voidedAt.plusSeconds(60), RULES))
                .isInstanceOf(VoteNotSettleableException.class);
        assertThat(vote.state()).isEqualTo(VoteState.VOIDED);
        assertThat(vote.voidedAt()).contains(voidedAt);
    }

    @Test
    void a_question_whose_closing_job_never_ran_is_still_settled_at_its_time() {
        Vote vote = aVote().build();

        SettlementDecision decision = vote.settle(candleAt(SETTLES_AT, "1"), SETTLES_AT, RULES);

        assertThat(decision).isInstanceOf(SettlementDecision.Settle.class);
        assertThat(vote.state()).isEqualTo(VoteState.TRACKED);
    }
}
