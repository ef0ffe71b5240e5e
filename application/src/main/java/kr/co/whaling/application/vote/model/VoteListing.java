package kr.co.whaling.application.vote.model;

import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.shared.MemberId;

/**
 * What {@code GET /votes} lists: an optional state (ongoing and finished without one), the order, an
 * optional coin text (part of the code or Korean name), the page, and the viewer (empty when anonymous).
 */
public record VoteListing(Optional<VoteStateFilter> state, VoteSort sort, Optional<String> coinText,
                          PageRequest page, Optional<MemberId> viewer) {

    public VoteListing {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(viewer, "viewer");
        coinText = coinText.map(String::strip).filter(text -> !text.isEmpty());
    }
}
