package kr.co.whaling.domain.point;

import kr.co.whaling.domain.shared.InvalidValueException;

/** A whole, never negative number of whale snacks (고래밥), the game's play points. */
public record Points(long value) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public Points {
        if (value < 0) {
            throw new InvalidValueException("points", "points.negative", "points cannot be negative: " + value, value);
        }
    }

    public static Points of(long value) {
        return new Points(value);
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    public boolean covers(Points cost) {
        return value >= cost.value;
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }
}
