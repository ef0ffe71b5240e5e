package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.openVote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import kr.co.whaling.application.vote.VoteChunks;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CloseDueVotesServiceTest {

    @Mock
    private LoadVotePort loadVotePort;
    @Mock
    private SaveVotePort saveVotePort;

    @Test
    void the_domain_closes_the_questions_whose_closing_time_has_come_and_no_other() {
        Vote closedLongAgo = openVote(1, NOW.minus(Duration.ofHours(2)));
        Vote closingNow = openVote(2, NOW);
        Vote stillOpen = openVote(3, NOW.plusNanos(1));
        when(loadVotePort.loadOngoingVotesClosingFirst(10))
                .thenReturn(VoteChunks.readable(List.of(closedLongAgo, closingNow, stillOpen), 0));
        when(saveVotePort.saveClosing(anyList(), any())).thenReturn(2);

        assertThat(new CloseDueVotesService(loadVotePort, saveVotePort, CLOCK, 10).closeDueVotes()).isEqualTo(2);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Vote>> closed = ArgumentCaptor.forClass(List.class);
        verify(saveVotePort).saveClosing(closed.capture(), org.mockito.ArgumentMatchers.eq(NOW));
        assertThat(closed.getValue()).containsExactly(closedLongAgo, closingNow)
                .allSatisfy(vote -> assertThat(vote.state()).isEqualTo(VoteState.FINISHED));
        assertThat(stillOpen.state()).isEqualTo(VoteState.ONGOING);
    }

    @Test
    void full_chunks_of_due_questions_are_closed_until_one_is_not_due() {
        when(loadVotePort.loadOngoingVotesClosingFirst(2)).thenReturn(
                VoteChunks.readable(List.of(openVote(1, NOW.minusSeconds(9)), openVote(2, NOW.minusSeconds(8))), 0),
                VoteChunks.readable(List.of(openVote(3, NOW.minusSeconds(7)), openVote(4, NOW.plusSeconds(1))), 0));
        when(saveVotePort.saveClosing(anyList(), any())).thenReturn(2, 1);

        assertThat(new CloseDueVotesService(loadVotePort, saveVotePort, CLOCK, 2).closeDueVotes()).isEqualTo(3);
    }

    @Test
    void nothing_due_saves_nothing() {
        when(loadVotePort.loadOngoingVotesClosingFirst(10))
                .thenReturn(VoteChunks.readable(List.of(openVote(1, NOW.plusSeconds(1))), 0));

        assertThat(new CloseDueVotesService(loadVotePort, saveVotePort, CLOCK, 10).closeDueVotes()).isZero();
        verify(saveVotePort, never()).saveClosing(anyList(), any());
    }

    @Test
    void a_full_chunk_that_another_instance_closed_first_ends_the_run() {
        when(loadVotePort.loadOngoingVotesClosingFirst(1))
                .thenReturn(VoteChunks.readable(List.of(openVote(1, NOW.minusSeconds(1))), 0));
        when(saveVotePort.saveClosing(anyList(), any())).thenReturn(0);

        assertThat(new CloseDueVotesService(loadVotePort, saveVotePort, CLOCK, 1).closeDueVotes()).isZero();
    }
}
