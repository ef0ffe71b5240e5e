package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.CoinBuilder.aCoin;
import static kr.co.whaling.domain.testdata.MemberBuilder.kakaoIdentityWithoutImage;
import static kr.co.whaling.domain.testdata.Prices.candle;
import static kr.co.whaling.domain.testdata.Prices.quote;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.InMemoryGame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settlement and voiding applied to members, answers and the ledger, as the application does it. */
class SettlementBookkeepingTest {

    private static final Instant CREATED = seoul("2024-03-04T09:00");
    private static final Instant SETTLES_AT = seoul("2024-03-11T09:00");
    private final Coin btc = aCoin().build();

    private InMemoryGame game;
    private Member creator;
    private Member yes;
    private Member no;
    private Vote vote;

    /** The creator asks "BTC up 5% within a week?" from 100,000,000 and answers YES; one more YES, one NO. */
    @BeforeEach
    void askAndAnswer() {
        game = InMemoryGame.standard();
        creator = game.signUp(kakaoIdentityWithoutImage(101), CREATED.minusSeconds(3600));
        yes = game.signUp(kakaoIdentityWithoutImage(102), CREATED.minusSeconds(3600));
        no = game.signUp(kakaoIdentityWithoutImage(103), CREATED.minusSeconds(3600));
        vote = game.createVote(creator.id(), btc, Direction.UP, 5, Horizon.WEEK, quote("BTC", "100000000", CREATED),
                CREATED);
        game.answer(creator.id(), vote.id(), Choice.YES, CREATED.plusSeconds(60));
        game.answer(yes.id(), vote.id(), Choice.YES, CREATED.plusSeconds(120));
        game.answer(no.id(), vote.id(), Choice.NO, CREATED.plusSeconds(180));
        game.closeDueVotes(seoul("2024-03-07T09:00"));
    }

    @Test
    void creating_and_answering_are_paid_for() {
        assertThat(game.member(creator.id()).points()).isEqualTo(Points.of(300 - 50 - 10));
        assertThat(game.member(yes.id()).points()).isEqualTo(Points.of(290));
        assertThat(game.member(no.id()).points()).isEqualTo(Points.of(290));
        assertThat(game.ledgerOf(creator.id())).extracting(PointLedgerEntry::reason)
                .containsExactly(PointReason.SIGNUP_GRANT, PointReason.VOTE_FEE, PointReason.ANSWER_FEE);
        assertThat(game.vote(vote.id()).state()).isEqualTo(VoteState.FINISHED);
        assertThat(game.vote(vote.id()).tally()).isEqualTo(new Tally(2, 1, 0, 0));
    }

    @Test
    void right_answers_earn_the_reward_and_every_answer_counts_toward_accuracy() {
        game.settle(vote.id(), Optional.of(candle("BTC", SETTLES_AT, "105000000")), SETTLES_AT.plusSeconds(30));

        assertThat(game.member(creator.id()).points()).isEqualTo(Points.of(260));
        assertThat(game.member(yes.id()).points()).isEqualTo(Points.of(310));
        assertThat(game.member(no.id()).points()).isEqualTo(Points.of(290));
        assertThat(game.member(creator.id()).accuracy()).isEqualTo(new Accuracy(1, 0));
        assertThat(game.member(yes.id()).accuracy()).isEqualTo(new Accuracy(1, 0));
        assertThat(game.member(no.id()).accuracy()).isEqualTo(new Accuracy(0, 1));
        assertThat(game.answersTo(vote.id())).extracting(Answer::result)
                .containsExactly(AnswerResult.RIGHT, AnswerResult.RIGHT, AnswerResult.WRONG);
        assertThat(game.vote(vote.id()).crowdVerdict()).contains(true);
        assertThat(game.ledger()).filteredOn(e -> e.reason() == PointReason.REWARD).hasSize(2)
                .allSatisfy(e -> assertThat(e.amount()).isEqualTo(20));
    }

    @Test
    void voiding_refunds_the_creation_fee_and_every_answer_and_counts_no_answer() {
        game.settle(vote.id(), Optional.empty(), SETTLES_AT.plus(Duration.ofHours(24)));

        assertThat(game.members()).allSatisfy(member -> {
            assertThat(game.member(member.id()).points()).isEqualTo(Points.of(300));
            assertThat(game.member(member.id()).accuracy()).isEqualTo(Accuracy.NONE);
        });
        assertThat(game.answersTo(vote.id())).extracting(Answer::result).containsOnly(AnswerResult.REFUNDED);
        assertThat(game.ledgerOf(creator.id())).extracting(PointLedgerEntry::reason).containsExactly(
                PointReason.SIGNUP_GRANT, PointReason.VOTE_FEE, PointReason.ANSWER_FEE, PointReason.ANSWER_FEE_REFUND,
                PointReason.VOTE_FEE_REFUND);
    }

    @Test
    void settling_twice_is_the_same_as_settling_once() {
        game.settle(vote.id(), Optional.of(candle("BTC", SETTLES_AT, "105000000")), SETTLES_AT);
        InMemoryGame.Snapshot once = game.snapshot();

        assertThatThrownBy(() -> game.settle(vote.id(), Optional.of(candle("BTC", SETTLES_AT, "1")),
                SETTLES_AT.plusSeconds(60))).isInstanceOf(VoteNotSettleableException.class);

        assertThat(game.snapshot()).isEqualTo(once);
    }

    @Test
    void voiding_twice_is_the_same_as_voiding_once() {
        game.settle(vote.id(), Optional.empty(), SETTLES_AT.plus(Duration.ofDays(2)));
        InMemoryGame.Snapshot once = game.snapshot();

        assertThatThrownBy(() -> game.settle(vote.id(), Optional.empty(), SETTLES_AT.plus(Duration.ofDays(3))))
                .isInstanceOf(VoteNotSettleableException.class);

        assertThat(game.snapshot()).isEqualTo(once);
    }

    @Test
    void waiting_for_a_price_changes_nothing() {
        InMemoryGame.Snapshot before = game.snapshot();

        game.settle(vote.id(), Optional.empty(), SETTLES_AT.plus(Duration.ofHours(3)));

        assertThat(game.snapshot()).isEqualTo(before);
    }

    @Test
    void actions_the_member_cannot_pay_for_change_nothing() {
        Vote open = game.createVote(creator.id(), btc, Direction.DOWN, 10, Horizon.DAY,
                quote("BTC", "100000000", CREATED), CREATED);
        Member poor = game.signUp(kakaoIdentityWithoutImage(104), CREATED);
        for (int range = 1; range <= 6; range++) {
            game.createVote(poor.id(), btc, Direction.UP, range, Horizon.DAY, quote("BTC", "100000000", CREATED),
                    CREATED);
        }
        assertThat(game.member(poor.id()).points()).isEqualTo(Points.ZERO);
        InMemoryGame.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.answer(poor.id(), open.id(), Choice.NO, CREATED.plusSeconds(2)))
                .isInstanceOf(NotEnoughPointsException.class);
        assertThatThrownBy(() -> game.createVote(poor.id(), btc, Direction.UP, 7, Horizon.DAY,
                quote("BTC", "100000000", CREATED), CREATED)).isInstanceOf(NotEnoughPointsException.class);

        assertThat(game.snapshot()).isEqualTo(before);
        assertThat(game.vote(open.id()).tally()).isEqualTo(Tally.EMPTY);
    }

    @Test
    void a_second_answer_by_the_same_member_is_refused_and_charged_nothing() {
        Vote open = game.createVote(yes.id(), btc, Direction.DOWN, 3, Horizon.DAY, quote("BTC", "100000000", CREATED),
                CREATED);
        game.answer(no.id(), open.id(), Choice.YES, CREATED.plusSeconds(5));
        InMemoryGame.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.answer(no.id(), open.id(), Choice.NO, CREATED.plusSeconds(6)))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(game.snapshot()).isEqualTo(before);
    }
}
