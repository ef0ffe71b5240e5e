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
import kr.co.whaling.application.vote.model.MyVotes;
import kr.co.whaling.application.vote.model.VoteCounts;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.ListMyVotesQuery;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.domain.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListCreatedVotesServiceTest {

    private static final MemberId CREATOR = new MemberId(7);

    @Mock
    private LoadVoteViewsPort loadVoteViewsPort;

    private ListCreatedVotesService service;

    @BeforeEach
    void setUp() {
        service = new ListCreatedVotesService(loadVoteViewsPort);
    }

    @ParameterizedTest(name = "state {0}")
    @EnumSource(VoteStateFilter.class)
    void the_listing_holds_the_counts_per_state_and_the_requested_page_of_the_members_questions(
            VoteStateFilter state) {
        assertListed(Optional.of(state));
    }

    @Test
    void without_a_state_every_state_is_listed_with_the_same_counts() {
        assertListed(Optional.empty());
    }

    private void assertListed(Optional<VoteStateFilter> state) {
        PageRequest request = new PageRequest(1, 2);
        Page<VoteView> page = new Page<>(List.of(view(ongoingVote(31, 7, Duration.ofHours(1)))), request, 3);
        when(loadVoteViewsPort.countCreatedVotes(CREATOR)).thenReturn(new VoteCounts(3, 5));
        when(loadVoteViewsPort.loadCreatedVotes(CREATOR, state, request)).thenReturn(page);

        MyVotes votes = service.listCreatedVotes(new ListMyVotesQuery(CREATOR, state, request));

        assertThat(votes).isEqualTo(new MyVotes(new VoteCounts(3, 5), page));
    }
}
