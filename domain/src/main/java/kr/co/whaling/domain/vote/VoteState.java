package kr.co.whaling.domain.vote;

/**
 * The lifecycle of a question: ONGOING (takes answers) → FINISHED (closed, waiting for settlement)
 * → TRACKED (settled); VOIDED when it could not be settled (everything spent on it refunded).
 */
public enum VoteState {
    ONGOING, FINISHED, TRACKED, VOIDED;

    /** Settled or voided: nothing about it changes any more. */
    public boolean isFinal() {
        return this == TRACKED || this == VOIDED;
    }
}
