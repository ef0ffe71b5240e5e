package kr.co.whaling.domain.baserate;

import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * A member's question was refused by the guardrail ({@link GuardrailPolicy}): its terms came true in
 * almost none or almost all of the past windows. Blames the range, the term a member changes to ask
 * a real question; the message arguments are the YES windows and the windows.
 */
public class QuestionTooCertainException extends InvalidValueException {

    private final transient BaseRate baseRate;

    public QuestionTooCertainException(BaseRate baseRate) {
        super("range", "range.too-certain", "the question came true in " + baseRate.yesWindows() + " of "
                + baseRate.windows() + " past windows: its answer is (almost) certain",
                baseRate.yesWindows(), baseRate.windows());
        this.baseRate = baseRate;
    }

    /** The base rate that made the question too certain. */
    public BaseRate baseRate() {
        return baseRate;
    }
}
