package kr.co.whaling.domain.vote;

import java.util.Objects;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.terms.Choice;

/**
 * What settling or voiding a question does to every answer on one side (YES or NO) and to the
 * members who gave them: the answers' result, what each member's right and wrong counters gain, the
 * points each member receives, and what each member's skill counters gain ({@code skill}: one answer
 * with a base rate, right or not, and its expected hit; {@link Skill#NONE} when the question has no
 * base rate or is voided). The domain decides it; persistence applies it to all the side's answers
 * at once.
 */
public record SideSettlement(Choice choice, AnswerResult result, int rightAnswers, int wrongAnswers,
                             PointChange credit, Skill skill) {

    public SideSettlement {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(skill, "skill");
        if (rightAnswers < 0 || wrongAnswers < 0 || credit.reason().isDebit()) {
            throw new IllegalArgumentException("a settlement only counts and gives: " + this);
        }
    }
}
