package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.ongoingVote;
import static kr.co.whaling.application.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListVotesServiceTest {

    @Mock
    private LoadVoteViewsPort loadVoteViewsPort;

    private ListVotesService service;

    @BeforeEach
    void setUp() {
        service = new ListVotesService(loadVoteViewsPort);
    }

    @Test
    void the_listing_is_the_page_the_query_asks_for() {
        VoteListing query = new VoteListing(Optional.of(VoteStateFilter.ONGOING), VoteSort.POPULAR,
                Optional.of("비트"), new PageRequest(0, 20), Optional.of(new MemberId(7)));
        Page<VoteView> page = new Page<>(List.of(view(ongoingVote(3, 2, Duration.ofHours(1)))), query.page(), 1);
        when(loadVoteViewsPort.loadVotes(query)).thenReturn(page);

        assertThat(service.listVotes(query)).isEqualTo(page);
    }
}
