package kr.co.whaling.domain.terms;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.coin.Price;

/** How a question resolved: YES when up and final ≥ target, or down and final ≤ target; NO otherwise. */
public record Outcome(BigDecimal target, Price finalPrice, Choice answer) {

    public Outcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(finalPrice, "finalPrice");
        Objects.requireNonNull(answer, "answer");
    }

    public static Outcome decide(Direction direction, Price createdPrice, Range range, Price finalPrice) {
        BigDecimal target = direction.target(createdPrice, range);
        return new Outcome(target, finalPrice, direction.reached(target, finalPrice) ? Choice.YES : Choice.NO);
    }

    /** Whether the crowd was right: empty without a majority (a tie, or nobody answered). */
    public Optional<Boolean> crowdVerdict(Tally tally) {
        return tally.crowdMajority().map(majority -> majority == answer);
    }

    /** The same verdict over whale answers only. */
    public Optional<Boolean> whaleVerdict(Tally tally) {
        return tally.whaleMajority().map(majority -> majority == answer);
    }
}
