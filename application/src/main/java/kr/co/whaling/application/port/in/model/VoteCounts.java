package kr.co.whaling.application.port.in.model;

/** How many of a member's questions are ongoing, and how many are in any other state. */
public record VoteCounts(long ongoing, long finished) {
}
