package kr.co.whaling.domain.vote;

import java.util.Objects;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.terms.Choice;

/**
 * What settling or voiding a question does to every answer on one side (YES or NO) and to the
 * members who gave them: the answers' result, what each member's right and wrong counters gain, and
 * the points each member receives. The domain decides it; persistence applies it to all the side's
 * answers at once.
 */
public record SideSettlement(Choice choice, AnswerResult result, int rightAnswers, int wrongAnswers,
                             PointChange credit) {

    public SideSettlement {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(credit, "credit");
        if (rightAnswers < 0 || wrongAnswers < 0 || credit.reason().isDebit()) {
            throw new IllegalArgumentException("a settlement only counts and gives: " + this);
        }
    }
}
