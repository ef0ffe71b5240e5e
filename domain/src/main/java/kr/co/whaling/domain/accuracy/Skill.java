package kr.co.whaling.domain.accuracy;

import java.util.Objects;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.terms.Choice;

/**
 * A member's skill, as counters over settled answers with a base rate (voided ones never count): the
 * answers, the right ones and the sum of their {@link BaseRate#expectedHit expected hits}. Skill =
 * (right − expected hits) / answers in percentage points: how much better than the past they answered.
 */
public record Skill(long answers, long right, double expectedHits) {

    public static final Skill NONE = new Skill(0, 0, 0);

    public Skill {
        if (answers < 0 || right < 0 || right > answers || !(expectedHits >= 0 && expectedHits <= answers)) {
            throw new IllegalArgumentException("invalid skill counters " + answers + "/" + right + "/" + expectedHits);
        }
    }

    /** The counters after one more settled answer on a question with this base rate. */
    public Skill withSettledAnswer(Choice chosen, Choice outcome, BaseRate baseRate) {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(outcome, "outcome");
        return new Skill(answers + 1, right + (chosen == outcome ? 1 : 0),
                expectedHits + baseRate.expectedHit(chosen));
    }

    /** The skill; 0 with no answer. */
    public double percentagePoints() {
        return answers == 0 ? 0 : (right - expectedHits) / answers * 100;
    }
}
