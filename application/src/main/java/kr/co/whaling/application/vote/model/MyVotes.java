package kr.co.whaling.application.vote.model;

import kr.co.whaling.application.shared.Page;

/** A member's own questions (created or answered): counts per state and one page of them. */
public record MyVotes(VoteCounts counts, Page<VoteView> votes) {
}
