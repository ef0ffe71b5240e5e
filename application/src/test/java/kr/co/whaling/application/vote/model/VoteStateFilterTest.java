package kr.co.whaling.application.vote.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.Test;

class VoteStateFilterTest {

    @Test
    void the_public_listing_never_shows_a_settled_or_voided_question() {
        assertThat(VoteStateFilter.publicStates(Optional.empty()))
                .containsExactly(VoteState.ONGOING, VoteState.FINISHED);
        assertThat(VoteStateFilter.publicStates(Optional.of(VoteStateFilter.ONGOING)))
                .containsExactly(VoteState.ONGOING);
        assertThat(VoteStateFilter.publicStates(Optional.of(VoteStateFilter.FINISHED)))
                .containsExactly(VoteState.FINISHED);
    }

    @Test
    void a_members_own_listings_show_every_state_finished_meaning_all_but_ongoing() {
        assertThat(VoteStateFilter.ownStates(Optional.empty())).containsExactly(VoteState.values());
        assertThat(VoteStateFilter.ownStates(Optional.of(VoteStateFilter.ONGOING)))
                .containsExactly(VoteState.ONGOING);
        assertThat(VoteStateFilter.ownStates(Optional.of(VoteStateFilter.FINISHED)))
                .containsExactly(VoteState.FINISHED, VoteState.TRACKED, VoteState.VOIDED);
    }
}
