package kr.co.whaling.domain.terms;

import kr.co.whaling.domain.shared.InvalidValueException;

/** Which ranges a question may ask: 1..300 percent for up, 1..99 for down (a price cannot fall by 100%). */
public record RangePolicy(int min, int maxUp, int maxDown) {

    /** The rule of domain.md: up 1..300, down 1..99. */
    public static RangePolicy standard() {
        return new RangePolicy(1, 300, 99);
    }

    /** Returns the range when it is allowed for the direction; refuses it with the limits otherwise. */
    public Range check(Direction direction, int percent) {
        int max = direction == Direction.UP ? maxUp : maxDown;
        if (percent < min || percent > max) {
            throw new InvalidValueException("range", "range.out-of-bounds",
                    "range for " + direction + " must be " + min + ".." + max + ": " + percent, min, max);
        }
        return new Range(percent);
    }
}
