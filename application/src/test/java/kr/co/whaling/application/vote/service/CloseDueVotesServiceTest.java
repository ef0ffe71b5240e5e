package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import kr.co.whaling.application.vote.port.out.SaveVotePort;

@ExtendWith(MockitoExtension.class)
class CloseDueVotesServiceTest {

    @Mock
    private SaveVotePort saveVotePort;

    @Test
    void every_question_due_at_the_clocks_instant_is_closed_and_counted() {
        when(saveVotePort.closeVotesDueAt(NOW)).thenReturn(4);

        assertThat(new CloseDueVotesService(saveVotePort, CLOCK).closeDueVotes()).isEqualTo(4);
    }
}
