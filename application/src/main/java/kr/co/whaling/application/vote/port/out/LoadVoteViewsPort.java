package kr.co.whaling.application.vote.port.out;

import java.util.Optional;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteCounts;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;

/** Reads questions for display, in a constant number of statements whatever the page size. */
public interface LoadVoteViewsPort {

    /** The public listing (spec/api.md {@code GET /votes}): settled and voided questions left out. */
    Page<VoteView> loadVotes(VoteListing query);

    /** One question in any state, with the viewer's answer when a viewer is given. */
    Optional<VoteView> loadVoteView(VoteId id, Optional<MemberId> viewer);

    /** Questions the member created, newest first, in the states {@link VoteStateFilter#ownStates} gives. */
    Page<VoteView> loadCreatedVotes(MemberId member, Optional<VoteStateFilter> state, PageRequest page);

    /** Questions the member answered, newest answer first, in the states {@link VoteStateFilter#ownStates} gives. */
    Page<VoteView> loadParticipatedVotes(MemberId member, Optional<VoteStateFilter> state, PageRequest page);

    VoteCounts countCreatedVotes(MemberId member);

    VoteCounts countParticipatedVotes(MemberId member);
}
