package kr.co.whaling.application.port.in.model;

/** A member's own questions (created or answered): counts per state and one page of them. */
public record MyVotes(long ongoingCount, long finishedCount, Page<VoteView> votes) {
}
