package kr.co.whaling.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.co.whaling.domain.vote.VoteState;

/** What an audit found: how much it checked, per invariant, and every discrepancy. */
public final class AuditReport {

    /** Discrepancies printed per invariant at most; the rest are counted. */
    static final int PRINTED_PER_INVARIANT = 100;

    private final Map<Invariant, Long> checked = new EnumMap<>(Invariant.class);
    private final List<Discrepancy> discrepancies = new ArrayList<>();
    private final Map<VoteState, Long> questions = new EnumMap<>(VoteState.class);
    private long members;
    private long answers;
    private long ledgerEntries;

    void recordCheck(Invariant invariant) {
        checked.merge(invariant, 1L, Long::sum);
    }

    void found(Invariant invariant, String detail) {
        discrepancies.add(new Discrepancy(invariant, detail));
    }

    void countMember(long ledgerEntriesOfMember) {
        members++;
        ledgerEntries += ledgerEntriesOfMember;
    }

    void countQuestion(VoteState state) {
        questions.merge(state, 1L, Long::sum);
    }

    void countAnswer() {
        answers++;
    }

    public long checked(Invariant invariant) {
        return checked.getOrDefault(invariant, 0L);
    }

    public boolean clean() {
        return discrepancies.isEmpty();
    }

    /** The report as the audit prints it. */
    void print(PrintWriter out) {
        long questionCount = questions.values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "members: %,d   ledger entries: %,d%n", members, ledgerEntries);
        out.printf(Locale.ROOT, "questions: %,d (ongoing %,d, finished %,d, tracked %,d, voided %,d)   answers: %,d%n",
                questionCount, questions.getOrDefault(VoteState.ONGOING, 0L),
                questions.getOrDefault(VoteState.FINISHED, 0L), questions.getOrDefault(VoteState.TRACKED, 0L),
                questions.getOrDefault(VoteState.VOIDED, 0L), answers);
        out.println();
        out.printf(Locale.ROOT, "%-72s %9s %13s%n", "invariant", "checked", "discrepancies");
        for (Invariant invariant : Invariant.values()) {
            out.printf(Locale.ROOT, "%-72s %,9d %,13d%n", invariant.description(), checked(invariant),
                    discrepancies.stream().filter(found -> found.invariant() == invariant).count());
        }
        out.println();
        if (clean()) {
            out.println("No discrepancy.");
            return;
        }
        out.printf(Locale.ROOT, "%,d %s:%n", discrepancies.size(),
                discrepancies.size() == 1 ? "discrepancy" : "discrepancies");
        for (Invariant invariant : Invariant.values()) {
            List<Discrepancy> ofInvariant = discrepancies.stream().filter(found -> found.invariant() == invariant)
                    .toList();
            ofInvariant.stream().limit(PRINTED_PER_INVARIANT)
                    .forEach(found -> out.println("  " + found));
            if (ofInvariant.size() > PRINTED_PER_INVARIANT) {
                out.printf(Locale.ROOT, "  %s: ... and %,d more%n", invariant,
                        ofInvariant.size() - PRINTED_PER_INVARIANT);
            }
        }
    }
}
