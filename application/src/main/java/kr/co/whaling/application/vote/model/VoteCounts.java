package kr.co.whaling.application.vote.model;

/** How many of a member's questions are ongoing, and how many are in any other state. */
public record VoteCounts(long ongoing, long finished) {
}
