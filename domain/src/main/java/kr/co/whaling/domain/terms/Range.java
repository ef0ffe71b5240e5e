package kr.co.whaling.domain.terms;

import kr.co.whaling.domain.shared.InvalidValueException;

/** How far the price must move, in whole percent (limits per direction: {@link RangePolicy}). */
public record Range(int percent) {

    public Range {
        if (percent < 1) {
            throw new InvalidValueException("range", "range.too-small", "range must be at least 1%: " + percent, 1);
        }
    }
}
