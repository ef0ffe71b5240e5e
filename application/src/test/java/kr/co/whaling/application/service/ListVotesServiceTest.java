package kr.co.whaling.application.service;

import static kr.co.whaling.application.service.Fixtures.ongoingVote;
import static kr.co.whaling.application.service.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import kr.co.whaling.application.port.in.ListVotesQuery;
import kr.co.whaling.application.port.in.model.Page;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.application.port.in.model.VoteSort;
import kr.co.whaling.application.port.in.model.VoteStateFilter;
import kr.co.whaling.application.port.in.model.VoteView;
import kr.co.whaling.application.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.member.MemberId;

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
        ListVotesQuery query = new ListVotesQuery(Optional.of(VoteStateFilter.ONGOING), VoteSort.POPULAR,
                Optional.of("비트"), new PageRequest(0, 20), Optional.of(new MemberId(7)));
        Page<VoteView> page = new Page<>(List.of(view(ongoingVote(3, 2, Duration.ofHours(1)))), query.page(), 1);
        when(loadVoteViewsPort.loadVotes(query)).thenReturn(page);

        assertThat(service.listVotes(query)).isEqualTo(page);
    }
}
