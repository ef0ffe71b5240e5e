package kr.co.whaling.application.vote.model;

/** Which questions a listing shows by state. */
public enum VoteStateFilter {
    /** Taking answers. */
    ONGOING,
    /**
     * No longer taking answers. In the public listing: closed and waiting for settlement only
     * (settled and voided ones are left out); in a member's own listings: every state but ongoing.
     */
    FINISHED
}
