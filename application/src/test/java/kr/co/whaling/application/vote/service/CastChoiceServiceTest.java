package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.RULES;
import static kr.co.whaling.application.Fixtures.listedCoin;
import static kr.co.whaling.application.Fixtures.member;
import static kr.co.whaling.application.Fixtures.ongoingVote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.vote.port.in.CastChoiceCommand;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteClosedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CastChoiceServiceTest {

    private static final VoteId VOTE = new VoteId(31);
    private static final MemberId MEMBER = new MemberId(7);
    private static final CastChoiceCommand YES = new CastChoiceCommand(MEMBER, VOTE, Choice.YES);

    @Mock
    private LoadVotePort loadVotePort;
    @Mock
    private LoadMemberPort loadMemberPort;
    @Mock
    private LoadCoinPort loadCoinPort;
    @Mock
    private SaveAnswerPort saveAnswerPort;

    private CastChoiceService service;

    @BeforeEach
    void setUp() {
        service = new CastChoiceService(loadVotePort, loadMemberPort, loadCoinPort, saveAnswerPort, CLOCK, RULES);
    }

    @Test
    void an_answer_is_saved_with_its_cost_the_coin_price_now_and_the_members_whale_status() {
        when(loadVotePort.loadVote(VOTE)).thenReturn(Optional.of(ongoingVote(31, 2, Duration.ofHours(1))));
        when(loadMemberPort.loadMember(MEMBER)).thenReturn(Optional.of(member(7, 300, new Accuracy(7, 3))));
        when(loadVotePort.hasAnswered(VOTE, MEMBER)).thenReturn(false);
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        Answer answer = service.castChoice(YES);

        ArgumentCaptor<Answer> saved = ArgumentCaptor.forClass(Answer.class);
        verify(saveAnswerPort).saveAnswer(saved.capture());
        assertThat(saved.getValue()).isEqualTo(new Answer(VOTE, MEMBER, Choice.YES, true, Points.of(10),
                Optional.of(Prices.krw("100")), NOW, AnswerResult.PENDING));
        assertThat(answer).isEqualTo(saved.getValue());
    }

    @Test
    void an_answer_to_a_coin_with_no_known_price_keeps_no_price() {
        when(loadVotePort.loadVote(VOTE)).thenReturn(Optional.of(ongoingVote(31, 2, Duration.ofHours(1))));
        when(loadMemberPort.loadMember(MEMBER)).thenReturn(Optional.of(member(7, 10)));
        when(loadVotePort.hasAnswered(VOTE, MEMBER)).thenReturn(false);
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.empty());

        service.castChoice(new CastChoiceCommand(MEMBER, VOTE, Choice.NO));

        ArgumentCaptor<Answer> saved = ArgumentCaptor.forClass(Answer.class);
        verify(saveAnswerPort).saveAnswer(saved.capture());
        assertThat(saved.getValue().choice()).isEqualTo(Choice.NO);
        assertThat(saved.getValue().whale()).isFalse();
        assertThat(saved.getValue().priceAtAnswer()).isEmpty();
    }

    @Test
    void an_unknown_question_is_not_found_and_nothing_is_saved() {
        when(loadVotePort.loadVote(VOTE)).thenReturn(Optional.empty());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> service.castChoice(YES))
                .satisfies(missing -> assertThat(missing.kind()).isEqualTo("vote"));
        verifyNoInteractions(saveAnswerPort);
    }

    @Test
    void an_unknown_member_is_not_found_and_nothing_is_saved() {
        when(loadVotePort.loadVote(VOTE)).thenReturn(Optional.of(ongoingVote(31, 2, Duration.ofHours(1))));
        when(loadMemberPort.loadMember(MEMBER)).thenReturn(Optional.empty());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> service.castChoice(YES))
                .satisfies(missing -> assertThat(missing.kind()).isEqualTo("member"));
        verifyNoInteractions(saveAnswerPort);
    }

    @Test
    void an_answer_at_the_closing_time_is_refused_and_nothing_is_saved() {
        // Created 8 hours ago, a day question closes exactly now, whether or not the closing job ran.
        givenAnswerable(ongoingVote(31, 2, Duration.ofHours(8)), 300, false);

        assertThatThrownBy(() -> service.castChoice(YES)).isInstanceOf(VoteClosedException.class);
        verify(saveAnswerPort, never()).saveAnswer(any());
    }

    @Test
    void a_second_answer_by_the_same_member_is_refused_and_nothing_is_saved() {
        givenAnswerable(ongoingVote(31, 2, Duration.ofHours(1)), 300, true);

        assertThatThrownBy(() -> service.castChoice(YES)).isInstanceOf(AlreadyAnsweredException.class);
        verify(saveAnswerPort, never()).saveAnswer(any());
    }

    @Test
    void a_member_who_cannot_pay_the_answer_cost_is_refused_and_nothing_is_saved() {
        givenAnswerable(ongoingVote(31, 2, Duration.ofHours(1)), 9, false);

        assertThatThrownBy(() -> service.castChoice(YES)).isInstanceOf(NotEnoughPointsException.class);
        verify(saveAnswerPort, never()).saveAnswer(any());
    }

    @Test
    void a_concurrent_answer_the_database_refuses_is_reported_as_it_was() {
        givenAnswerable(ongoingVote(31, 2, Duration.ofHours(1)), 300, false);
        AlreadyAnsweredException refused = new AlreadyAnsweredException(VOTE);
        doThrow(refused).when(saveAnswerPort).saveAnswer(any());

        assertThatThrownBy(() -> service.castChoice(YES)).isSameAs(refused);
    }

    private void givenAnswerable(Vote vote, long points, boolean alreadyAnswered) {
        when(loadVotePort.loadVote(VOTE)).thenReturn(Optional.of(vote));
        when(loadMemberPort.loadMember(MEMBER)).thenReturn(Optional.of(member(7, points)));
        when(loadVotePort.hasAnswered(VOTE, MEMBER)).thenReturn(alreadyAnswered);
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
    }
}
