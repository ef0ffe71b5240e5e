package kr.co.whaling.batch;

/** One place where the database breaks an invariant: which, and what was found ("member 3: ..."). */
public record Discrepancy(Invariant invariant, String detail) {

    @Override
    public String toString() {
        return invariant + ": " + detail;
    }
}
