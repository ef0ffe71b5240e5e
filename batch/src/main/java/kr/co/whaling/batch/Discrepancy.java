package kr.co.whaling.batch;

import java.util.Objects;

/** One place where the database breaks an invariant: which, and what was found ("member 3: ..."). */
public record Discrepancy(Invariant invariant, String detail) {

    public Discrepancy {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return invariant + ": " + detail;
    }
}
