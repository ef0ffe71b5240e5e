package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.ongoingVote;
import static kr.co.whaling.application.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.GetVoteQuery;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetVoteServiceTest {

    @Mock
    private LoadVoteViewsPort loadVoteViewsPort;

    private GetVoteService service;

    @BeforeEach
    void setUp() {
        service = new GetVoteService(loadVoteViewsPort);
    }

    @Test
    void a_question_is_shown_as_the_viewer_sees_it() {
        VoteView shown = view(ongoingVote(3, 2, Duration.ofHours(1)));
        when(loadVoteViewsPort.loadVoteView(new VoteId(3), Optional.of(new MemberId(7))))
                .thenReturn(Optional.of(shown));

        assertThat(service.getVote(new GetVoteQuery(new VoteId(3), Optional.of(new MemberId(7))))).isEqualTo(shown);
    }

    @Test
    void an_unknown_question_is_not_found() {
        when(loadVoteViewsPort.loadVoteView(new VoteId(404), Optional.empty())).thenReturn(Optional.empty());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> service.getVote(new GetVoteQuery(new VoteId(404), Optional.empty())))
                .satisfies(missing -> assertThat(missing.kind()).isEqualTo("vote"));
    }
}
