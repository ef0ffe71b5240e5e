package kr.co.whaling.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One stretch of constant arrival rate: an endpoint driven at {@code rate} for {@code length}, either
 * a window of its warm-up (reported, never counted as capacity) or a measured step of its ladder.
 * The simulation stamps it when it starts and ends (time and the app's CPU ticks) and records every
 * response time into it, per call for the session, so its figures cover exactly its own requests.
 */
final class Step {

    /** Warm-up window or measured step. */
    enum Kind { WARMUP, MEASURED }

    /**
     * What the report needs of a finished step: drained is false when the app was still busy with
     * earlier requests as it started; arrivals is how many virtual users arrived (each sends one
     * request, or makes one session); cpuMillis is negative when a tick count could not be read.
     */
    record Result(Kind kind, Endpoint endpoint, int rate, long seconds, long offsetSeconds, boolean skipped,
                  boolean drained, long arrivals, double cpuMillis, Samples.Figures whole,
                  Map<String, Samples.Figures> calls) {

        long planned() {
            return rate * seconds;
        }
    }

    private final Kind kind;
    private final Endpoint endpoint;
    private final int rate;
    private final Duration length;
    private final long offsetSeconds;
    private final Samples whole = new Samples();
    private final Map<String, Samples> calls = new LinkedHashMap<>();
    private final LongAdder arrivals = new LongAdder();
    private final LongAdder observed = new LongAdder();
    private final LongAdder bad = new LongAdder();
    private volatile boolean skipped;
    private volatile boolean drained = true;
    private volatile long startMillis;
    private volatile long endMillis;
    private volatile long cpuStart = -1;
    private volatile long cpuEnd = -1;

    /**
     * offsetSeconds: for a warm-up window, where it starts within the warm-up; 0 for a measured step.
     * callNames: the session's calls, recorded apart (a single endpoint's step has none).
     */
    Step(Kind kind, Endpoint endpoint, int rate, Duration length, long offsetSeconds, List<String> callNames) {
        this.kind = kind;
        this.endpoint = endpoint;
        this.rate = rate;
        this.length = length;
        this.offsetSeconds = offsetSeconds;
        callNames.forEach(call -> calls.put(call, new Samples()));
    }

    /**
     * The Gatling request name of a single endpoint's step, and the group name of the session's (its
     * calls are named {@code <name> <call>} inside the group): the names in the HTML report.
     */
    String name() {
        return kind == Kind.WARMUP
                ? String.format(Locale.ROOT, "warmup %s %03d-%03ds", endpoint.label(), offsetSeconds,
                        offsetSeconds + length.toSeconds())
                : endpoint.label() + " @" + rate;
    }

    Kind kind() {
        return kind;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    int rate() {
        return rate;
    }

    Duration length() {
        return length;
    }

    long offsetSeconds() {
        return offsetSeconds;
    }

    /** Whether the app had worked off earlier requests before this step started. */
    void drained(boolean drained) {
        this.drained = drained;
    }

    void started(long millis, long cpuTicks, boolean skip) {
        this.startMillis = millis;
        this.cpuStart = cpuTicks;
        this.skipped = skip;
    }

    void ended(long millis, long cpuTicks) {
        this.endMillis = millis;
        this.cpuEnd = cpuTicks;
    }

    boolean skipped() {
        return skipped;
    }

    /** A virtual user of this step arrived. */
    void arrived() {
        arrivals.increment();
    }

    /**
     * One request came back (or failed): its time goes into the call's samples (or the step's, for a
     * single endpoint), and it counts as bad for the overload rule when it failed or took longer than
     * {@code overloadMillis}.
     */
    void observe(String call, long responseMillis, boolean failed, long overloadMillis) {
        (call == null ? whole : calls.get(call)).add(responseMillis, failed);
        observed.increment();
        if (failed || responseMillis > overloadMillis) {
            bad.increment();
        }
    }

    /** One whole session ended: the sum of its calls' response times, failed if any call failed. */
    void observeSession(long responseMillis, boolean failed) {
        whole.add(responseMillis, failed);
    }

    /** More than 1% of the requests failed or were slow, or none came back at all. */
    boolean overloaded() {
        long all = observed.sum();
        return !skipped && (all == 0 || bad.sum() * 100 > all);
    }

    Result result(int clockTicks) {
        Map<String, Samples.Figures> callFigures = new LinkedHashMap<>();
        calls.forEach((call, samples) -> callFigures.put(call, samples.figures()));
        double cpuMillis = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) * 1000.0 / clockTicks;
        return new Result(kind, endpoint, rate, length.toSeconds(), offsetSeconds, skipped, drained, arrivals.sum(),
                cpuMillis, whole.figures(), callFigures);
    }

    /** One line of steps.tsv (see {@link #HEADER}): when it ran and what the app's CPU counters said. */
    String tsv() {
        return String.join("\t", kind.name(), name(), Long.toString(startMillis), Long.toString(endMillis),
                Long.toString(cpuStart), Long.toString(cpuEnd), Boolean.toString(skipped));
    }

    /** The columns of steps.tsv. */
    static final String HEADER = String.join("\t", "kind", "name", "start_ms", "end_ms", "cpu_start_ticks",
            "cpu_end_ticks", "skipped");
}
