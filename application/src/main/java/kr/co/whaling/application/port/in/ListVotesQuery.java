package kr.co.whaling.application.port.in;

import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.application.port.in.model.VoteSort;
import kr.co.whaling.application.port.in.model.VoteStateFilter;
import kr.co.whaling.domain.member.MemberId;

/**
 * Input of {@link ListVotesUseCase}: an optional state (both ongoing and finished without one), the
 * order, an optional coin text (part of the code or Korean name, case-insensitive), the page, and
 * the viewer whose own answers are shown (empty for anonymous callers).
 */
public record ListVotesQuery(Optional<VoteStateFilter> state, VoteSort sort, Optional<String> coinText,
                             PageRequest page, Optional<MemberId> viewer) {

    public ListVotesQuery {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(coinText, "coinText");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(viewer, "viewer");
        coinText = coinText.map(String::strip).filter(text -> !text.isEmpty());
    }
}
