package kr.co.whaling.domain.vote;

import java.util.Objects;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.terms.Choice;

/**
 * What settling or voiding a question does to every answer on one side and to their members: the result,
 * the right and wrong counters, the credit and the skill counters gained ({@link Skill#NONE} without a
 * base rate or when voided). Persistence applies it to all the side's answers at once.
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
