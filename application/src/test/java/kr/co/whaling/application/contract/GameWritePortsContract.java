package kr.co.whaling.application.contract;

import static kr.co.whaling.domain.testdata.CoinBuilder.aCoin;
import static kr.co.whaling.domain.testdata.Prices.candle;
import static kr.co.whaling.domain.testdata.Prices.quote;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteClosedException;
import kr.co.whaling.domain.vote.VoteNotSettleableException;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the ports that write the game (answer, settle, void, charge, refund), written once
 * and run against every implementation, as Woltmann's abstract repository test is: the in-memory
 * {@link InMemoryGamePorts} and the MariaDB adapters. Numbers are the standard rules of domain.md
 * ({@link GameRules#standard()}): signup grant 300; a member's question costs 50 to create, 10 to
 * answer and a right answer earns 20; a staff (official) question is free and a right answer earns 30.
 *
 * <p>Every test starts from three members who signed up before {@link #CREATED}: the creator, who
 * asks "BTC up 5% within a week?" from 100,000,000 and answers YES; {@code yes}, who answers YES;
 * and {@code no}, who answers NO.
 */
public abstract class GameWritePortsContract {

    protected static final Instant CREATED = seoul("2024-03-04T09:00");
    protected static final Instant SETTLES_AT = seoul("2024-03-11T09:00");
    private static final Instant CLOSED = seoul("2024-03-07T09:00");

    private final Coin btc = aCoin().build();
    private GameDriver game;
    private Member creator;
    private Member yes;
    private Member no;
    private Vote vote;

    /** The hook: an implementation holding nothing yet (no members, no questions, no coins). */
    protected abstract GamePorts emptyGame();

    @BeforeEach
    void askAndAnswer() {
        game = new GameDriver(emptyGame(), GameRules.standard());
        game.ports().listCoin(btc.code());
        creator = game.signUp(101, CREATED.minusSeconds(3600));
        yes = game.signUp(102, CREATED.minusSeconds(3600));
        no = game.signUp(103, CREATED.minusSeconds(3600));
        vote = game.createVote(creator.id(), btc, Direction.UP, 5, Horizon.WEEK, quote("BTC", "100000000", CREATED),
                CREATED);
        game.answer(creator.id(), vote.id(), Choice.YES, CREATED.plusSeconds(60));
        game.answer(yes.id(), vote.id(), Choice.YES, CREATED.plusSeconds(120));
        game.answer(no.id(), vote.id(), Choice.NO, CREATED.plusSeconds(180));
    }

    // --- Charge: creating a question.

    @Test
    void creating_a_question_charges_the_creation_fee_with_a_ledger_entry() {
        Vote asked = game.createVote(yes.id(), btc, Direction.DOWN, 3, Horizon.DAY,
                quote("BTC", "100000000", CREATED), CREATED.plusSeconds(30));

        assertThat(points(yes)).isEqualTo(290 - 50);
        assertThat(game.ledgerOf(yes.id())).last().isEqualTo(
                new PointLedgerEntry(yes.id(), -50, PointReason.VOTE_FEE, asked.id(), 240, CREATED.plusSeconds(30)));
        assertThat(asked.state()).isEqualTo(VoteState.ONGOING);
        assertThat(asked.tally()).isEqualTo(Tally.EMPTY);
        assertThat(asked.official()).isFalse();
        assertThat(asked.pricing()).isEqualTo(new VotePricing(Points.of(50), Points.of(10), Points.of(20)));
        assertThat(game.ports().loadVotePort().loadOngoingVotesClosingFirst(10).votes()).extracting(Vote::id)
                .containsExactly(asked.id(), vote.id());
    }

    @Test
    void a_creation_the_balance_no_longer_covers_saves_nothing() {
        Member poor = spentDown(104);
        Member asReadBefore = withPoints(poor, 300);
        Vote priced = Vote.draft(asReadBefore, btc, Direction.UP, 7, Horizon.DAY, game.rules())
                .price(quote("BTC", "100000000", CREATED), CREATED, game.rules());
        GameDriver.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.ports().saveVotePort().createVote(priced, CREATED))
                .isInstanceOfSatisfying(NotEnoughPointsException.class, refused -> {
                    assertThat(refused.required()).isEqualTo(50);
                    assertThat(refused.available()).isZero();
                });

        assertThat(game.snapshot()).isEqualTo(before);
    }

    @Test
    void a_staff_question_is_free_and_books_no_entry() {
        Member staff = game.makeStaff(game.signUp(104, CREATED.minusSeconds(60)).id());

        Vote official = game.createVote(staff.id(), btc, Direction.DOWN, 3, Horizon.DAY,
                quote("BTC", "100000000", CREATED), CREATED);

        assertThat(official.official()).isTrue();
        assertThat(points(staff)).isEqualTo(300);
        assertThat(game.ledgerOf(staff.id())).extracting(PointLedgerEntry::reason)
                .containsExactly(PointReason.SIGNUP_GRANT);
    }

    // --- Answer.

    @Test
    void answering_counts_the_tally_and_pays_the_fee_with_a_ledger_entry() {
        assertThat(game.vote(vote.id()).tally()).isEqualTo(new Tally(2, 1, 0, 0));
        assertThat(points(creator)).isEqualTo(300 - 50 - 10);
        assertThat(points(yes)).isEqualTo(290);
        assertThat(points(no)).isEqualTo(290);
        assertThat(game.ledgerOf(creator.id())).containsExactly(
                new PointLedgerEntry(creator.id(), 300, PointReason.SIGNUP_GRANT, null, 300, CREATED.minusSeconds(3600)),
                new PointLedgerEntry(creator.id(), -50, PointReason.VOTE_FEE, vote.id(), 250, CREATED),
                new PointLedgerEntry(creator.id(), -10, PointReason.ANSWER_FEE, vote.id(), 240,
                        CREATED.plusSeconds(60)));
        assertThat(game.ledgerOf(no.id())).last().isEqualTo(
                new PointLedgerEntry(no.id(), -10, PointReason.ANSWER_FEE, vote.id(), 290, CREATED.plusSeconds(180)));
        assertThat(game.answersTo(vote.id())).extracting(Answer::memberId, Answer::choice, Answer::cost, Answer::result)
                .containsExactly(
                        tuple(creator.id(), Choice.YES, Points.of(10), AnswerResult.PENDING),
                        tuple(yes.id(), Choice.YES, Points.of(10), AnswerResult.PENDING),
                        tuple(no.id(), Choice.NO, Points.of(10), AnswerResult.PENDING));
    }

    @Test
    void an_answer_is_stored_as_the_domain_made_it_and_a_whale_counts_among_whales() {
        Member whale = game.signUp(104, CREATED);
        Answer given = new Answer(vote.id(), whale.id(), Choice.NO, true, Points.of(10),
                Optional.of(Prices.krw("100500000.25")), CREATED.plusSeconds(240), AnswerResult.PENDING);

        game.ports().saveAnswerPort().saveAnswer(given);

        assertThat(game.vote(vote.id()).tally()).isEqualTo(new Tally(2, 2, 0, 1));
        assertThat(game.answersTo(vote.id())).hasSize(4).last().isEqualTo(given);
        assertThat(points(whale)).isEqualTo(290);
    }

    @Test
    void a_second_answer_by_the_same_member_is_refused_and_changes_nothing() {
        Answer again = new Answer(vote.id(), no.id(), Choice.YES, false, Points.of(10), Optional.empty(),
                CREATED.plusSeconds(300), AnswerResult.PENDING);
        GameDriver.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.ports().saveAnswerPort().saveAnswer(again))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(game.snapshot()).isEqualTo(before);
    }

    /** The database names the more precise refusal: a member who cannot pay but already answered. */
    @Test
    void a_second_answer_is_refused_as_such_even_when_the_balance_would_not_cover_it() {
        Member poor = game.signUp(104, CREATED);
        game.answer(poor.id(), vote.id(), Choice.NO, CREATED.plusSeconds(10));
        spendAll(poor);
        Answer again = new Answer(vote.id(), poor.id(), Choice.YES, false, Points.of(10), Optional.empty(),
                CREATED.plusSeconds(300), AnswerResult.PENDING);
        GameDriver.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.ports().saveAnswerPort().saveAnswer(again))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(game.snapshot()).isEqualTo(before);
    }

    @Test
    void an_answer_to_a_question_no_longer_ongoing_is_refused_and_changes_nothing() {
        Member late = game.signUp(104, CREATED);
        Vote asReadBeforeClosing = game.vote(vote.id());
        closeAnswering();
        Answer answer = asReadBeforeClosing.answer(late, Choice.NO, false, Optional.empty(),
                CREATED.plusSeconds(600), game.rules());
        GameDriver.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.ports().saveAnswerPort().saveAnswer(answer))
                .isInstanceOf(VoteClosedException.class);

        assertThat(game.snapshot()).isEqualTo(before);
        assertThat(game.vote(vote.id()).state()).isEqualTo(VoteState.FINISHED);
    }

    @Test
    void an_answer_the_balance_no_longer_covers_is_refused_and_changes_nothing() {
        Member poor = spentDown(104);
        Answer answer = game.vote(vote.id()).answer(withPoints(poor, 300), Choice.NO, false, Optional.empty(),
                CREATED.plusSeconds(600), game.rules());
        GameDriver.Snapshot before = game.snapshot();

        assertThatThrownBy(() -> game.ports().saveAnswerPort().saveAnswer(answer))
                .isInstanceOfSatisfying(NotEnoughPointsException.class, refused -> {
                    assertThat(refused.required()).isEqualTo(10);
                    assertThat(refused.available()).isZero();
                });

        assertThat(game.snapshot()).isEqualTo(before);
        assertThat(game.vote(vote.id()).tally()).isEqualTo(new Tally(2, 1, 0, 0));
    }

    @Test
    void a_free_official_answer_is_counted_and_books_no_entry() {
        Member staff = game.makeStaff(game.signUp(104, CREATED.minusSeconds(60)).id());
        Vote official = game.createVote(staff.id(), btc, Direction.DOWN, 3, Horizon.DAY,
                quote("BTC", "100000000", CREATED), CREATED);
        List<PointLedgerEntry> ledgerBefore = game.ledgerOf(yes.id());

        game.answer(yes.id(), official.id(), Choice.YES, CREATED.plusSeconds(60));

        assertThat(game.vote(official.id()).tally()).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(game.answersTo(official.id())).singleElement().extracting(Answer::cost).isEqualTo(Points.ZERO);
        assertThat(points(yes)).isEqualTo(290);
        assertThat(game.ledgerOf(yes.id())).isEqualTo(ledgerBefore);
    }

    // --- Closing.

    @Test
    void closing_answering_is_saved_once() {
        Vote due = game.vote(vote.id());
        assertThat(due.close(CLOSED)).isTrue();

        assertThat(game.ports().saveVotePort().saveClosing(List.of(due), CLOSED)).isEqualTo(1);
        assertThat(game.ports().saveVotePort().saveClosing(List.of(due), CLOSED.plusSeconds(1))).isZero();

        assertThat(game.vote(vote.id()).state()).isEqualTo(VoteState.FINISHED);
    }

    // --- Settle.

    @Test
    void settling_marks_each_side_counts_it_and_rewards_right_answers_with_a_ledger_entry() {
        closeAnswering();
        Settlement settlement = settlement(SETTLES_AT.plusSeconds(30), "105000000");

        assertThat(game.ports().applySettlementPort().applySettlement(settlement)).isTrue();

        assertThat(points(creator)).isEqualTo(260);
        assertThat(points(yes)).isEqualTo(310);
        assertThat(points(no)).isEqualTo(290);
        assertThat(game.member(creator.id()).accuracy()).isEqualTo(new Accuracy(1, 0));
        assertThat(game.member(yes.id()).accuracy()).isEqualTo(new Accuracy(1, 0));
        assertThat(game.member(no.id()).accuracy()).isEqualTo(new Accuracy(0, 1));
        assertThat(game.answersTo(vote.id())).extracting(Answer::result)
                .containsExactly(AnswerResult.RIGHT, AnswerResult.RIGHT, AnswerResult.WRONG);
        assertThat(game.ledgerOf(yes.id())).last().isEqualTo(new PointLedgerEntry(yes.id(), 20, PointReason.REWARD,
                vote.id(), 310, SETTLES_AT.plusSeconds(30)));
        assertThat(game.ledgerOf(creator.id())).last().isEqualTo(new PointLedgerEntry(creator.id(), 20,
                PointReason.REWARD, vote.id(), 260, SETTLES_AT.plusSeconds(30)));
        assertThat(game.ledgerOf(no.id())).extracting(PointLedgerEntry::reason)
                .containsExactly(PointReason.SIGNUP_GRANT, PointReason.ANSWER_FEE);
        Vote settled = game.vote(vote.id());
        assertThat(settled.state()).isEqualTo(VoteState.TRACKED);
        assertThat(settled.settlement()).contains(settlement);
        assertThat(settled.crowdVerdict()).contains(true);
    }

    @Test
    void a_right_answer_to_an_official_question_earns_30() {
        Member staff = game.makeStaff(game.signUp(104, CREATED.minusSeconds(60)).id());
        Vote official = game.createVote(staff.id(), btc, Direction.DOWN, 3, Horizon.DAY,
                quote("BTC", "100000000", CREATED), CREATED);
        game.answer(yes.id(), official.id(), Choice.YES, CREATED.plusSeconds(60));
        game.answer(no.id(), official.id(), Choice.NO, CREATED.plusSeconds(60));
        Instant settlesAt = official.schedule().settlesAt();

        assertThat(game.apply(game.decide(official.id(), Optional.of(candle("BTC", settlesAt, "96000000")),
                settlesAt.plusSeconds(5)))).isTrue();

        assertThat(points(yes)).isEqualTo(290 + 30);
        assertThat(points(no)).isEqualTo(290);
        assertThat(game.member(no.id()).accuracy()).isEqualTo(new Accuracy(0, 1));
        assertThat(game.ledgerOf(yes.id())).last().isEqualTo(new PointLedgerEntry(yes.id(), 30, PointReason.REWARD,
                official.id(), 320, settlesAt.plusSeconds(5)));
    }

    @Test
    void settling_twice_is_settling_once() {
        closeAnswering();
        Vote asReadBefore = game.vote(vote.id());
        Vote alsoReadBefore = game.vote(vote.id());
        Settlement settlement = settlement(SETTLES_AT, "105000000");
        assertThat(game.ports().applySettlementPort().applySettlement(settlement)).isTrue();
        GameDriver.Snapshot once = game.snapshot();

        assertThat(game.ports().applySettlementPort().applySettlement(settlement)).isFalse();
        SettlementDecision otherwise = asReadBefore.settle(Optional.of(candle("BTC", SETTLES_AT, "1")),
                SETTLES_AT.plusSeconds(60), game.rules());
        assertThat(game.apply(otherwise)).isFalse();
        Voiding voiding = voidingFrom(alsoReadBefore, SETTLES_AT.plus(Duration.ofDays(2)));
        assertThat(game.ports().applySettlementPort().applyVoiding(voiding)).isFalse();
        assertThatThrownBy(() -> game.decide(vote.id(), Optional.of(candle("BTC", SETTLES_AT, "1")),
                SETTLES_AT.plusSeconds(60))).isInstanceOf(VoteNotSettleableException.class);

        assertThat(game.snapshot()).isEqualTo(once);
    }

    // --- Void and refund.

    @Test
    void voiding_refunds_every_answer_then_the_creation_fee_and_counts_no_answer() {
        closeAnswering();
        Instant voidedAt = SETTLES_AT.plus(Duration.ofHours(24));
        Voiding voiding = voidingFrom(game.vote(vote.id()), voidedAt);

        assertThat(game.ports().applySettlementPort().applyVoiding(voiding)).isTrue();

        for (Member member : List.of(creator, yes, no)) {
            assertThat(points(member)).isEqualTo(300);
            assertThat(game.member(member.id()).accuracy()).isEqualTo(Accuracy.NONE);
        }
        assertThat(game.answersTo(vote.id())).extracting(Answer::result).containsOnly(AnswerResult.REFUNDED)
                .hasSize(3);
        assertThat(game.ledgerOf(creator.id())).extracting(PointLedgerEntry::reason, PointLedgerEntry::amount,
                PointLedgerEntry::balanceAfter).containsExactly(
                tuple(PointReason.SIGNUP_GRANT, 300L, 300L),
                tuple(PointReason.VOTE_FEE, -50L, 250L),
                tuple(PointReason.ANSWER_FEE, -10L, 240L),
                tuple(PointReason.ANSWER_FEE_REFUND, 10L, 250L),
                tuple(PointReason.VOTE_FEE_REFUND, 50L, 300L));
        assertThat(game.ledgerOf(no.id())).last().isEqualTo(new PointLedgerEntry(no.id(), 10,
                PointReason.ANSWER_FEE_REFUND, vote.id(), 300, voidedAt));
        Vote voided = game.vote(vote.id());
        assertThat(voided.state()).isEqualTo(VoteState.VOIDED);
        assertThat(voided.voidedAt()).contains(voidedAt);
    }

    @Test
    void voiding_twice_is_voiding_once() {
        Vote asReadBefore = game.vote(vote.id());
        Voiding voiding = voidingFrom(game.vote(vote.id()), SETTLES_AT.plus(Duration.ofDays(2)));
        assertThat(game.ports().applySettlementPort().applyVoiding(voiding)).isTrue();
        GameDriver.Snapshot once = game.snapshot();

        assertThat(game.ports().applySettlementPort().applyVoiding(voiding)).isFalse();
        assertThat(game.ports().applySettlementPort().applySettlement(((SettlementDecision.Settle) asReadBefore
                .settle(Optional.of(candle("BTC", SETTLES_AT, "105000000")), SETTLES_AT.plus(Duration.ofDays(3)),
                        game.rules())).settlement())).isFalse();
        assertThatThrownBy(() -> game.decide(vote.id(), Optional.empty(), SETTLES_AT.plus(Duration.ofDays(3))))
                .isInstanceOf(VoteNotSettleableException.class);

        assertThat(game.snapshot()).isEqualTo(once);
    }

    @Test
    void waiting_for_a_price_writes_nothing() {
        GameDriver.Snapshot before = game.snapshot();

        SettlementDecision decision = game.decide(vote.id(), Optional.empty(), SETTLES_AT.plus(Duration.ofHours(3)));

        assertThat(decision).isInstanceOf(SettlementDecision.Wait.class);
        assertThat(game.apply(decision)).isFalse();
        assertThat(game.snapshot()).isEqualTo(before);
    }

    // --- Helpers.

    private long points(Member member) {
        return game.member(member.id()).points().value();
    }

    private void closeAnswering() {
        assertThat(game.closeDueVotes(CLOSED)).isEqualTo(1);
    }

    private Settlement settlement(Instant now, String close) {
        return ((SettlementDecision.Settle) game.decide(vote.id(), Optional.of(candle("BTC", SETTLES_AT, close)), now))
                .settlement();
    }

    /** The voiding the domain decides on {@code asRead} (which it marks voided) at {@code now}, without a price. */
    private Voiding voidingFrom(Vote asRead, Instant now) {
        return ((SettlementDecision.Void) asRead.settle(Optional.empty(), now, game.rules())).voiding();
    }

    /** A new member who spent the whole signup grant on six questions (6 x 50 = 300): 0 left. */
    private Member spentDown(long kakaoId) {
        Member poor = game.signUp(kakaoId, CREATED.minusSeconds(60));
        spendAll(poor);
        return game.member(poor.id());
    }

    /** Spends a member's points down to 0: questions at 50 while it can, then answers to them at 10. */
    private void spendAll(Member member) {
        List<Vote> asked = new ArrayList<>();
        for (int range = 1; points(member) >= 50; range++) {
            asked.add(game.createVote(member.id(), btc, Direction.UP, range, Horizon.DAY,
                    quote("BTC", "100000000", CREATED), CREATED));
        }
        for (int i = 0; points(member) >= 10; i++) {
            game.answer(member.id(), asked.get(i).id(), Choice.YES, CREATED.plusSeconds(30));
        }
        assertThat(points(member)).as("left after spending").isZero();
    }

    /** The member as read before it spent its points: what a concurrent request would still see. */
    private static Member withPoints(Member member, long points) {
        return Member.restore(member.id(), member.kakaoId(), member.nickname(), Points.of(points), member.accuracy(),
                member.profileImage().orElse(null), member.staff(), member.signedUpAt());
    }

}
