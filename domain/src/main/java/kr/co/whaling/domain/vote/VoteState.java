package kr.co.whaling.domain.vote;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A question's lifecycle: ONGOING (answers) → FINISHED (closed) → TRACKED (settled), or VOIDED (refunded). */
public enum VoteState {
    ONGOING, FINISHED, TRACKED, VOIDED;

    private static final Set<VoteState> UNSETTLED = EnumSet.of(ONGOING, FINISHED);

    /** Settled or voided: nothing about it changes any more. */
    public boolean isFinal() {
        return !UNSETTLED.contains(this);
    }

    /** The only states a settlement may claim. */
    public static Set<VoteState> unsettled() {
        return Collections.unmodifiableSet(UNSETTLED);
    }
}
