package kr.co.whaling.application.vote.model;

import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.domain.shared.MemberId;

/**
 * What {@code GET /votes} lists: an optional state (both ongoing and finished without one), the
 * order, an optional coin text (part of the code or Korean name, case-insensitive), the page, and
 * the viewer whose own answers are shown (empty for anonymous callers).
 */
public record VoteListing(Optional<VoteStateFilter> state, VoteSort sort, Optional<String> coinText,
                             PageRequest page, Optional<MemberId> viewer) {

    public VoteListing {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(coinText, "coinText");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(viewer, "viewer");
        coinText = coinText.map(String::strip).filter(text -> !text.isEmpty());
    }
}
