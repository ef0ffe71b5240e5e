package kr.co.whaling.domain.point;

import kr.co.whaling.domain.shared.DomainException;

/** An action costs more points than the member has; it is refused whole. */
public class NotEnoughPointsException extends DomainException {

    private final long required;
    private final long available;

    public NotEnoughPointsException(Points required, Points available) {
        super("points.not-enough", "needs " + required.value() + " points, has " + available.value(),
                required.value(), available.value());
        this.required = required.value();
        this.available = available.value();
    }

    public long required() {
        return required;
    }

    public long available() {
        return available;
    }
}
