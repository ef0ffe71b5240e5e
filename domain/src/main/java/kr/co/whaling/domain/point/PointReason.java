package kr.co.whaling.domain.point;

/**
 * Why a member's points changed; debits are negative ledger amounts. At most one entry exists per
 * member, reason and question: that is what makes paying twice impossible.
 */
public enum PointReason {
    /** The points a new member starts with. */
    SIGNUP_GRANT,
    /** What the creator pays to ask a question. */
    VOTE_FEE,
    /** What a member pays to answer a question. */
    ANSWER_FEE,
    /** What a right answer earns at settlement. */
    REWARD,
    /** The creation fee given back when a question is voided. */
    VOTE_FEE_REFUND,
    /** The answer fee given back when a question is voided. */
    ANSWER_FEE_REFUND;

    public boolean isDebit() {
        return this == VOTE_FEE || this == ANSWER_FEE;
    }
}
