package kr.co.whaling.application.vote.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kr.co.whaling.domain.vote.VoteState;

/**
 * Which questions a listing shows by state. FINISHED means closed and waiting for settlement in the
 * public listing (settled and voided ones are left out), every state but ongoing in a member's own.
 */
public enum VoteStateFilter {
    ONGOING,
    FINISHED;

    /** The states the public listing shows for this filter, or for none: never a settled or voided one. */
    public static Set<VoteState> publicStates(Optional<VoteStateFilter> filter) {
        Set<VoteState> shown = EnumSet.copyOf(VoteState.unsettled());
        filter.ifPresent(chosen -> shown.retainAll(chosen.ownStates()));
        return shown;
    }

    /** The states a member's own listings show for this filter, or for none: every state. */
    public static Set<VoteState> ownStates(Optional<VoteStateFilter> filter) {
        return filter.map(VoteStateFilter::ownStates).orElseGet(() -> EnumSet.allOf(VoteState.class));
    }

    private Set<VoteState> ownStates() {
        return this == ONGOING ? EnumSet.of(VoteState.ONGOING) : EnumSet.complementOf(EnumSet.of(VoteState.ONGOING));
    }
}
