package kr.co.whaling.domain.terms;

import java.time.Instant;
import java.util.Objects;

/** When a question was created, when answering closes and when it settles. */
public record Schedule(Instant createdAt, Instant closesAt, Instant settlesAt) {

    public Schedule {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(settlesAt, "settlesAt");
        if (closesAt.isBefore(createdAt) || settlesAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("schedule out of order: " + createdAt + ", " + closesAt + ", " + settlesAt);
        }
    }

    /** Answers are taken strictly before {@code closesAt}. */
    public boolean isOpenAt(Instant at) {
        return at.isBefore(closesAt);
    }

    public boolean isDueForClosing(Instant now) {
        return !now.isBefore(closesAt);
    }

    public boolean isDueForSettlement(Instant now) {
        return !now.isBefore(settlesAt);
    }
}
