package kr.co.whaling.application.vote.model;

import kr.co.whaling.application.shared.Page;

/** A member's own questions (created or answered): counts per state and one page of them. */
public record MyVotes(long ongoingCount, long finishedCount, Page<VoteView> votes) {
}
