package kr.co.whaling.domain.vote;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a question: ONGOING (takes answers) → FINISHED (closed, waiting for settlement)
 * → TRACKED (settled); VOIDED when it could not be settled (everything spent on it refunded).
 */
public enum VoteState {
    ONGOING, FINISHED, TRACKED, VOIDED;

    private static final Set<VoteState> UNSETTLED = EnumSet.of(ONGOING, FINISHED);

    /** Settled or voided: nothing about it changes any more. */
    public boolean isFinal() {
        return !UNSETTLED.contains(this);
    }

    /** The states a question can still be settled or voided from: the only ones a settlement may claim. */
    public static Set<VoteState> unsettled() {
        return Collections.unmodifiableSet(UNSETTLED);
    }
}
