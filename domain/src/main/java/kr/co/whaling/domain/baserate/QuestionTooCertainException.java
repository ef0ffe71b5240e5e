package kr.co.whaling.domain.baserate;

import kr.co.whaling.domain.shared.InvalidValueException;

/**
 * The {@link GuardrailPolicy} refused a member's question as too certain. Blames the range, the term a
 * member changes to ask a real question; the message arguments are the YES windows and the windows.
 */
public class QuestionTooCertainException extends InvalidValueException {

    private final transient BaseRate baseRate;

    public QuestionTooCertainException(BaseRate baseRate) {
        super("range", "range.too-certain", "the question came true in " + baseRate.yesWindows() + " of "
                + baseRate.windows() + " past windows: its answer is (almost) certain",
                baseRate.yesWindows(), baseRate.windows());
        this.baseRate = baseRate;
    }

    public BaseRate baseRate() {
        return baseRate;
    }
}
