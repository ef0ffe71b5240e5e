package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static kr.co.whaling.domain.testdata.MemberBuilder.aStaffMember;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static kr.co.whaling.domain.testdata.VoteBuilder.aVote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteAnsweringTest {

    private static final GameRules RULES = GameRules.standard();

    private final Vote vote = aVote().withHorizon(Horizon.DAY).createdAt(seoul("2024-03-04T09:00")).build();
    private final Instant closesAt = seoul("2024-03-04T17:00");
    private final Instant beforeClosing = seoul("2024-03-04T12:00");

    private Answer answer(Vote target, Member member, Choice choice, Instant at) {
        return target.answer(member, choice, false, Optional.empty(), at, RULES);
    }

    @Test
    void an_answer_is_pending_costs_the_answer_price_and_is_counted() {
        Member member = aMember().build();

        Answer answer = vote.answer(member, Choice.NO, false, Optional.of(Prices.krw("96000000")), beforeClosing, RULES);

        assertThat(answer.voteId()).isEqualTo(vote.id());
        assertThat(answer.memberId()).isEqualTo(member.id());
        assertThat(answer.choice()).isEqualTo(Choice.NO);
        assertThat(answer.cost()).isEqualTo(Points.of(10));
        assertThat(answer.result()).isEqualTo(AnswerResult.PENDING);
        assertThat(answer.priceAtAnswer()).contains(Prices.krw("96000000"));
        assertThat(answer.answeredAt()).isEqualTo(beforeClosing);
        assertThat(answer.whale()).isFalse();
        assertThat(answer.tallyChange()).isEqualTo(new Tally(0, 1, 0, 0));
        assertThat(answer.fee()).isEqualTo(new PointChange(PointReason.ANSWER_FEE, Points.of(10)));
    }

    @Test
    void answering_does_not_charge_the_member_by_itself() {
        // The cost is debited when the answer is stored (one transaction with the ledger entry).
        Member member = aMember().withPoints(10).build();

        answer(vote, member, Choice.YES, beforeClosing);

        assertThat(member.points()).isEqualTo(Points.of(10));
    }

    @Test
    void answer_at_closing_time_is_refused_even_before_the_closing_job_ran() {
        assertThat(vote.state()).isEqualTo(VoteState.ONGOING);

        assertThatThrownBy(() -> answer(vote, aMember().build(), Choice.YES, closesAt))
                .isInstanceOfSatisfying(VoteClosedException.class, e -> {
                    assertThat(e.voteId()).isEqualTo(vote.id());
                    assertThat(e.code()).isEqualTo("vote.closed");
                });
    }

    @Test
    void answer_one_nanosecond_before_closing_is_accepted() {
        Answer answer = answer(vote, aMember().build(), Choice.YES, closesAt.minusNanos(1));

        assertThat(answer.result()).isEqualTo(AnswerResult.PENDING);
        assertThat(answer.tallyChange().total()).isEqualTo(1);
    }

    @Test
    void answer_after_closing_is_refused() {
        assertThatThrownBy(() -> answer(vote, aMember().build(), Choice.YES, closesAt.plusSeconds(3600)))
                .isInstanceOf(VoteClosedException.class);
    }

    @Test
    void answer_on_a_finished_question_is_refused() {
        Vote finished = aVote().withHorizon(Horizon.DAY).createdAt(seoul("2024-03-04T09:00")).finished().build();

        assertThatThrownBy(() -> answer(finished, aMember().build(), Choice.YES, beforeClosing))
                .isInstanceOf(VoteClosedException.class);
    }

    @Test
    void answer_on_a_settled_or_voided_question_is_refused() {
        Vote settled = aVote().settled("100000000", seoul("2024-03-11T09:01")).build();
        Vote voided = aVote().voided(seoul("2024-03-12T09:00")).build();

        assertThatThrownBy(() -> answer(settled, aMember().build(), Choice.YES, seoul("2024-03-04T10:00")))
                .isInstanceOf(VoteClosedException.class);
        assertThatThrownBy(() -> answer(voided, aMember().build(), Choice.YES, seoul("2024-03-04T10:00")))
                .isInstanceOf(VoteClosedException.class);
    }

    @Test
    void a_member_answers_a_question_only_once() {
        Member member = aMember().build();
        answer(vote, member, Choice.YES, beforeClosing);

        assertThatThrownBy(() -> vote.answer(member, Choice.NO, true, Optional.empty(), beforeClosing, RULES))
                .isInstanceOfSatisfying(AlreadyAnsweredException.class,
                        e -> assertThat(e.code()).isEqualTo("vote.already-answered"));
    }

    @ParameterizedTest(name = "a member with {0} points may answer: {1}")
    @CsvSource({"9, false", "0, false", "10, true", "11, true"})
    void an_answer_the_member_cannot_pay_for_is_refused_and_not_counted(long points, boolean allowed) {
        Member member = aMember().withPoints(points).build();

        if (allowed) {
            assertThat(answer(vote, member, Choice.YES, beforeClosing).tallyChange()).isEqualTo(new Tally(1, 0, 0, 0));
        } else {
            assertThatThrownBy(() -> answer(vote, member, Choice.YES, beforeClosing))
                    .isInstanceOfSatisfying(NotEnoughPointsException.class, e -> {
                        assertThat(e.required()).isEqualTo(10);
                        assertThat(e.available()).isEqualTo(points);
                    });
        }
        assertThat(member.points()).isEqualTo(Points.of(points));
    }

    @Test
    void a_member_without_points_may_answer_an_official_question_for_free() {
        Vote official = aVote().createdBy(aStaffMember().build()).build();

        Answer answer = answer(official, aMember().withPoints(0).build(), Choice.NO, seoul("2024-03-05T09:00"));

        assertThat(answer.cost()).isEqualTo(Points.ZERO);
        assertThat(answer.fee().isNone()).isTrue();
    }

    @Test
    void the_creator_may_answer_their_own_question() {
        Member creator = aMember().build();
        Vote own = aVote().createdBy(creator).build();

        Answer answer = answer(own, creator, Choice.YES, seoul("2024-03-05T09:00"));

        assertThat(answer.memberId()).isEqualTo(creator.id());
        assertThat(answer.tallyChange().yes()).isEqualTo(1);
    }

    @Test
    void whale_status_is_taken_at_answer_time_and_stored_with_the_answer() {
        Member whale = aMember().withAccuracy(7, 3).build();
        Member sameMemberOneWrongLater = aMember().withAccuracy(7, 4).build();
        Vote other = aVote().withHorizon(Horizon.DAY).createdAt(seoul("2024-03-04T09:00")).build();

        Answer asWhale = answer(vote, whale, Choice.YES, beforeClosing);
        Answer asNonWhale = answer(other, sameMemberOneWrongLater, Choice.YES, beforeClosing);

        assertThat(asWhale.whale()).isTrue();
        assertThat(asWhale.tallyChange()).isEqualTo(new Tally(1, 0, 1, 0));
        assertThat(asNonWhale.whale()).isFalse();
        assertThat(asNonWhale.tallyChange()).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(asWhale.whale()).as("the stored answer keeps the status of its moment").isTrue();
    }

    @Test
    void closing_happens_at_closing_time_and_only_for_ongoing_questions() {
        vote.close(closesAt.minusNanos(1));
        assertThat(vote.state()).isEqualTo(VoteState.ONGOING);
        assertThat(vote.isDueForClosing(closesAt)).isTrue();

        vote.close(closesAt);

        assertThat(vote.state()).isEqualTo(VoteState.FINISHED);
        assertThat(vote.isDueForClosing(closesAt)).isFalse();
    }

    @Test
    void closing_leaves_settled_and_voided_questions_as_they_are() {
        Vote settled = aVote().settled("100000000", seoul("2024-03-11T09:01")).build();
        Vote voided = aVote().voided(seoul("2024-03-12T09:00")).build();

        settled.close(seoul("2024-04-01T00:00"));
        voided.close(seoul("2024-04-01T00:00"));

        assertThat(settled.state()).isEqualTo(VoteState.TRACKED);
        assertThat(voided.state()).isEqualTo(VoteState.VOIDED);
    }

    @Test
    void a_restored_question_must_match_its_state() {
        Vote settled = aVote().settled("100000000", seoul("2024-03-11T09:01")).build();

        assertThatThrownBy(() -> Vote.restore(settled.id(), settled.creatorId(), false, settled.terms(),
                settled.createdPrice(), settled.schedule(), settled.pricing(), Optional.empty(), VoteState.FINISHED,
                settled.tally(),
                settled.settlement().orElseThrow(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vote.restore(settled.id(), settled.creatorId(), false, settled.terms(),
                settled.createdPrice(), settled.schedule(), settled.pricing(), Optional.empty(), VoteState.VOIDED,
                settled.tally(),
                null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
