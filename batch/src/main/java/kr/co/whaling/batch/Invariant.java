package kr.co.whaling.batch;

/**
 * The invariants of domain.md the audit checks, each named once here; {@link GameAudit} says how each
 * is checked (the domain decides, the audit compares with what is stored).
 */
public enum Invariant {
    /** Points: the balance equals the sum of the member's ledger entries. */
    BALANCE_IS_LEDGER_SUM("each balance equals the sum of its ledger entries"),
    /** Points: a balance never goes below zero ({@code Points}). */
    BALANCE_NOT_NEGATIVE("no balance is negative"),
    /** Accuracy: right and wrong counters count the member's settled answers. */
    COUNTERS_ARE_SETTLED_ANSWERS("right/wrong counters equal the settled answers"),
    /** A question's tallies (all and whales, and participants) count its answers. */
    TALLY_IS_ANSWERS("each tally equals the question's answers"),
    /** A question is priced by the game's rules for its kind (member or staff, {@code VotePricingPolicy}). */
    PRICING_IS_THE_GAME_S("each question's fee, cost and reward are the game's"),
    /** Outcome: recomputed by the domain from the stored price evidence, it equals the stored one. */
    OUTCOME_FROM_EVIDENCE("each settled question's outcome follows from its price evidence"),
    /** The crowd and whale verdicts follow from the outcome and the answers. */
    VERDICTS_FROM_ANSWERS("each settled question's crowd and whale verdicts follow from its answers"),
    /** Each answer's result is the one its question's settlement, voiding or wait gives its side. */
    ANSWER_RESULT_FROM_QUESTION("each answer's result is its question's"),
    /** Each right answer earns its reward exactly once, and nothing else earns one. */
    RIGHT_ANSWER_REWARDED_ONCE("each right answer is rewarded exactly once"),
    /** Each answer of a voided question gets its cost back exactly once, and nothing else does. */
    VOIDED_ANSWER_REFUNDED_ONCE("each answer of a voided question is refunded exactly once"),
    /** Every row makes values the game allows (a known state, a positive price, a range the rules allow). */
    ROW_IS_VALID("every row holds values the game allows");

    private final String description;

    Invariant(String description) {
        this.description = description;
    }

    /** What holds when there is no discrepancy, as the report says it. */
    public String description() {
        return description;
    }
}
