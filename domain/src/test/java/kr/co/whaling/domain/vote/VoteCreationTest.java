package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.CoinBuilder.aCoin;
import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static kr.co.whaling.domain.testdata.MemberBuilder.aStaffMember;
import static kr.co.whaling.domain.testdata.Prices.quote;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.QuestionTooCertainException;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.SchedulePolicy;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VoteCreationTest {

    private static final Instant NOW = seoul("2024-03-04T09:00:17");
    private static final GameRules RULES = GameRules.standard();
    private final Coin btc = aCoin().build();

    private Vote create(Member creator, Coin coin, Direction direction, int range, Instant quotedAt) {
        return Vote.draft(creator, coin, direction, range, Horizon.WEEK, RULES)
                .price(quote(coin.code().value(), "95000000", quotedAt), NOW, RULES);
    }

    @Test
    void a_member_question_is_ongoing_priced_at_the_quote_and_scheduled_from_now() {
        Member creator = aMember().withId(3).build();

        Vote vote = create(creator, btc, Direction.UP, 5, NOW.minusSeconds(30));

        assertThatThrownBy(vote::id).isInstanceOf(IllegalStateException.class);
        assertThat(vote.creatorId()).isEqualTo(new MemberId(3));
        assertThat(vote.official()).isFalse();
        assertThat(vote.state()).isEqualTo(VoteState.ONGOING);
        assertThat(vote.tally()).isEqualTo(Tally.EMPTY);
        assertThat(vote.createdPrice()).isEqualTo(Prices.krw("95000000"));
        assertThat(vote.terms()).isEqualTo(new VoteTerms(new CoinCode("BTC"), Direction.UP, new Range(5),
                Horizon.WEEK));
        assertThat(vote.schedule()).isEqualTo(SchedulePolicy.standard().scheduleFor(Horizon.WEEK, NOW));
        assertThat(vote.schedule().createdAt()).isEqualTo(seoul("2024-03-04T09:00"));
        assertThat(vote.pricing()).isEqualTo(new VotePricing(Points.of(50), Points.of(10), Points.of(20)));
        assertThat(vote.settlement()).isEmpty();
        assertThat(vote.voidedAt()).isEmpty();
        assertThat(vote.crowdVerdict()).isEmpty();
    }

    @Test
    void a_staff_question_is_official_and_free_to_create_and_answer() {
        Vote vote = create(aStaffMember().build(), btc, Direction.DOWN, 10, NOW);

        assertThat(vote.official()).isTrue();
        assertThat(vote.pricing()).isEqualTo(new VotePricing(Points.ZERO, Points.ZERO, Points.of(30)));
    }

    @Test
    void the_target_price_is_derived_from_the_creation_price() {
        Vote vote = create(aMember().build(), btc, Direction.UP, 5, NOW);

        assertThat(vote.targetPrice()).isEqualByComparingTo("99750000");
    }

    @ParameterizedTest(name = "a member with {0} points may create: {1}")
    @CsvSource({"49, false", "50, true", "0, false", "300, true"})
    void a_member_needs_at_least_50_points_to_create(long points, boolean allowed) {
        Member creator = aMember().withPoints(points).build();

        if (allowed) {
            assertThat(create(creator, btc, Direction.UP, 5, NOW).state()).isEqualTo(VoteState.ONGOING);
        } else {
            assertThatThrownBy(() -> create(creator, btc, Direction.UP, 5, NOW))
                    .isInstanceOfSatisfying(NotEnoughPointsException.class, e -> {
                        assertThat(e.required()).isEqualTo(50);
                        assertThat(e.available()).isEqualTo(points);
                    });
        }
        assertThat(creator.points()).isEqualTo(Points.of(points));
    }

    @Test
    void staff_with_no_points_may_create_an_official_question() {
        Member staff = aStaffMember().withPoints(0).build();

        assertThat(create(staff, btc, Direction.UP, 5, NOW).official()).isTrue();
    }

    @Test
    void the_creation_fee_is_what_saving_the_question_charges_its_creator() {
        Member creator = aMember().withId(3).withPoints(50).build();

        PointChange fee = create(creator, btc, Direction.UP, 5, NOW).creationFee();

        assertThat(fee).isEqualTo(new PointChange(PointReason.VOTE_FEE, Points.of(50)));
        assertThat(fee.signedAmount()).isEqualTo(-50);
        assertThat(create(aStaffMember().build(), btc, Direction.UP, 5, NOW).creationFee().isNone()).isTrue();
    }

    @Test
    void a_coin_under_warning_takes_no_new_question() {
        Coin warned = aCoin().withCode("XYZ").underWarning().build();

        assertThatThrownBy(() -> create(aMember().build(), warned, Direction.UP, 5, NOW))
                .isInstanceOfSatisfying(CoinNotAvailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CoinNotAvailableException.Reason.WARNING);
                    assertThat(e.field()).isEqualTo("coin_code");
                    assertThat(e.code()).isEqualTo("coin.warning");
                });
    }

    @ParameterizedTest(name = "delisted coin with warning={0} is refused as delisted")
    @ValueSource(booleans = {false, true})
    void a_delisted_coin_takes_no_new_question(boolean warning) {
        Coin gone = Coin.restore(new CoinCode("OLD"), "옛코인", "Old", null, warning, false, null);

        assertThatThrownBy(() -> create(aMember().build(), gone, Direction.UP, 5, NOW))
                .isInstanceOfSatisfying(CoinNotAvailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CoinNotAvailableException.Reason.DELISTED);
                    assertThat(e.code()).isEqualTo("coin.delisted");
                });
    }

    @ParameterizedTest(name = "{0} {1}% is refused")
    @CsvSource({"UP, 0", "UP, 301", "DOWN, 0", "DOWN, 100", "DOWN, 300"})
    void a_question_with_a_range_outside_the_limits_is_refused(Direction direction, int range) {
        Member creator = aMember().build();

        assertThatThrownBy(() -> create(creator, btc, direction, range, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("range"));
        assertThat(creator.points()).isEqualTo(Points.of(300));
    }

    @ParameterizedTest(name = "{0} {1}% is allowed")
    @CsvSource({"UP, 1", "UP, 300", "DOWN, 1", "DOWN, 99"})
    void a_question_with_a_range_at_the_limits_is_allowed(Direction direction, int range) {
        assertThat(create(aMember().build(), btc, direction, range, NOW).terms().range()).isEqualTo(new Range(range));
    }

    @ParameterizedTest(name = "a quote {0} old: accepted={1}")
    @CsvSource({"PT0S, true", "PT4M59S, true", "PT5M, true", "PT5M0.001S, false", "PT10M, false", "PT24H, false"})
    void a_question_needs_a_quote_at_most_5_minutes_old(Duration age, boolean accepted) {
        Member creator = aMember().build();

        if (accepted) {
            assertThat(create(creator, btc, Direction.UP, 5, NOW.minus(age)).state()).isEqualTo(VoteState.ONGOING);
        } else {
            assertThatThrownBy(() -> create(creator, btc, Direction.UP, 5, NOW.minus(age)))
                    .isInstanceOfSatisfying(PriceUnavailableException.class, e -> {
                        assertThat(e.coinCode()).isEqualTo(new CoinCode("BTC"));
                        assertThat(e.code()).isEqualTo("price.unavailable");
                    });
        }
        assertThat(creator.points()).isEqualTo(Points.of(300));
    }

    @Test
    void a_quote_of_another_coin_is_a_programming_error() {
        Vote.Draft draft = Vote.draft(aMember().build(), btc, Direction.UP, 5, Horizon.DAY, RULES);

        assertThatThrownBy(() -> draft.price(quote("ETH", "5000000", NOW), NOW, RULES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_draft_checks_everything_that_needs_no_price() {
        VoteTerms terms = Vote.draft(aMember().build(), btc, Direction.DOWN, 99, Horizon.MONTH, RULES).terms();

        assertThat(terms).isEqualTo(new VoteTerms(new CoinCode("BTC"), Direction.DOWN, new Range(99), Horizon.MONTH));
        assertThatThrownBy(() -> Vote.draft(aMember().withPoints(49).build(), btc, Direction.DOWN, 99, Horizon.MONTH,
                RULES)).isInstanceOf(NotEnoughPointsException.class);
    }

    @Test
    void the_base_rate_taken_for_the_draft_is_kept_with_the_question() {
        BaseRate rate = RULES.baseRates().rateOf(45, 358);

        Vote vote = Vote.draft(aMember().build(), btc, Direction.UP, 5, Horizon.WEEK, RULES)
                .withBaseRate(Optional.of(rate), RULES)
                .price(quote("BTC", "95000000", NOW), NOW, RULES);

        assertThat(vote.baseRate()).contains(rate);
    }

    @Test
    void a_draft_without_a_base_rate_makes_a_question_without_one() {
        Vote vote = create(aMember().build(), btc, Direction.UP, 5, NOW);

        assertThat(vote.baseRate()).isEmpty();
    }

    @Test
    void the_guardrail_refuses_a_member_s_near_certain_question_and_blames_the_range() {
        // 1 of 100 windows: 1% < 2%, over at least 90 windows.
        Vote.Draft draft = Vote.draft(aMember().build(), btc, Direction.UP, 50, Horizon.WEEK, RULES);

        assertThatThrownBy(() -> draft.withBaseRate(Optional.of(RULES.baseRates().rateOf(1, 100)), RULES))
                .isInstanceOfSatisfying(QuestionTooCertainException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("range");
                    assertThat(refused.arguments()).containsExactly(1, 100);
                });
    }

    @Test
    void a_staff_question_passes_the_guardrail_and_keeps_its_base_rate() {
        BaseRate certain = RULES.baseRates().rateOf(0, 358);

        Vote.Draft draft = Vote.draft(aStaffMember().build(), btc, Direction.UP, 50, Horizon.WEEK, RULES)
                .withBaseRate(Optional.of(certain), RULES);

        assertThat(draft.baseRate()).contains(certain);
    }
}
