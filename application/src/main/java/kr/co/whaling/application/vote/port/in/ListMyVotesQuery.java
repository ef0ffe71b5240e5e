package kr.co.whaling.application.vote.port.in;

import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.domain.shared.MemberId;

/** Input of a member's own listings: whose, which state (every state without one), which page. */
public record ListMyVotesQuery(MemberId memberId, Optional<VoteStateFilter> state, PageRequest page) {

    public ListMyVotesQuery {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(page, "page");
    }
}
