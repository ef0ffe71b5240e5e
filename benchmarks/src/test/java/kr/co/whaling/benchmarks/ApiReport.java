package kr.co.whaling.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's lines, from the results of one run's steps (benchmarks/api.sh prints them; the
 * README's "Benchmarks" section explains them):
 * <pre>
 * warmup endpoint=E rate=R from_s=A to_s=B p50_ms=.. p99_ms=.. max_ms=.. errors=.. cpu_ms_per_req=..  each window
 * warmup endpoint=E stable_after_s=N                                                 see {@link #stableFrom}
 * api endpoint=E rate=R p50_ms=.. p99_ms=.. max_ms=.. errors=.. cpu_ms_per_req=..      each measured step
 * capacity endpoint=E rps=.. floor_rps=.. ratio=..
 * </pre>
 * Notes for a person (a step that could not be driven at its rate, a warm-up that settled late, a
 * floor that held at every rate) go apart, to stderr.
 *
 * @param lines the lines, in order
 * @param notes the notes
 */
record ApiReport(List<String> lines, List<String> notes) {

    /** The capacity bound: a rate counts when its p99 is at most this, with no error. */
    static final long CAPACITY_P99_MILLIS = 50;
    /** A step whose requests fell short of this share of its plan was not driven at its rate. */
    static final double DRIVEN_SHARE = 0.95;

    static ApiReport of(List<Step.Result> results) {
        ApiReport report = new ApiReport(new ArrayList<>(), new ArrayList<>());
        Map<Endpoint, List<Step.Result>> warmups = new LinkedHashMap<>();
        Map<Endpoint, List<Step.Result>> ladders = new LinkedHashMap<>();
        for (Step.Result result : results) {
            (result.kind() == Step.Kind.WARMUP ? warmups : ladders)
                    .computeIfAbsent(result.endpoint(), e -> new ArrayList<>()).add(result);
            if (!result.drained()) {
                report.notes.add(String.format(Locale.ROOT, "%s %s: the app was still busy with earlier requests when it"
                        + " started (its health check stayed slower than 100 ms for a minute)", result.endpoint().label(),
                        result.kind() == Step.Kind.WARMUP ? "warm-up" : "rate=" + result.rate()));
            }
        }
        warmups.forEach(report::warmup);
        Map<Endpoint, Integer> capacities = new LinkedHashMap<>();
        ladders.forEach((endpoint, steps) -> {
            int capacity = 0;
            for (Step.Result step : steps) {
                if (report.measured(step)) {
                    capacity = Math.max(capacity, step.rate());
                }
            }
            capacities.put(endpoint, capacity);
        });
        report.capacities(capacities, ladders);
        return report;
    }

    private void warmup(Endpoint endpoint, List<Step.Result> windows) {
        List<Long> p99s = new ArrayList<>();
        for (Step.Result window : windows) {
            Samples.Figures f = window.whole();
            lines.add(String.format(Locale.ROOT,
                    "warmup endpoint=%s rate=%d from_s=%d to_s=%d p50_ms=%d p99_ms=%d max_ms=%d errors=%d cpu_ms_per_req=%s",
                    endpoint.label(), window.rate(), window.offsetSeconds(), window.offsetSeconds() + window.seconds(),
                    f.p50(), f.p99(), f.max(), f.errors(), cpuPer(window, f.count())));
            p99s.add(f.p99());
        }
        int stable = stableFrom(p99s);
        lines.add(String.format(Locale.ROOT, "warmup endpoint=%s stable_after_s=%d", endpoint.label(),
                windows.get(stable).offsetSeconds()));
        if (windows.size() >= 4 && stable >= windows.size() - 2) {
            notes.add(endpoint.label() + "'s p99 settled only in the last windows of its warm-up: a longer warm-up"
                    + " (BENCH_WARMUP_SECONDS) may change its figures");
        }
    }

    /**
     * The first window from which every window's p99 stays within 1.5 times (or 2 ms above) the
     * lowest p99 of the last three windows: the JIT compiler's work shows as p99s falling to that
     * level (the lowest, not the median: a warm-up still improving at its end must say so).
     */
    static int stableFrom(List<Long> p99s) {
        long reference = p99s.subList(Math.max(0, p99s.size() - 3), p99s.size()).stream()
                .filter(p99 -> p99 >= 0).min(Comparator.naturalOrder()).orElse(0L);
        double bound = Math.max(reference * 1.5, reference + 2);
        int stable = p99s.size() - 1;
        while (stable > 0 && p99s.get(stable - 1) >= 0 && p99s.get(stable - 1) <= bound) {
            stable--;
        }
        return stable;
    }

    /**
     * The step's line(s); true when it counts for capacity: driven at its rate, no error, p99 at most
     * {@link #CAPACITY_P99_MILLIS} (for the session: each of its calls' p99).
     */
    private boolean measured(Step.Result step) {
        String label = step.endpoint().label();
        if (step.skipped()) {
            lines.add(String.format(Locale.ROOT, "api endpoint=%s rate=%d skipped=1", label, step.rate()));
            return false;
        }
        Samples.Figures whole = step.whole();
        // Arrivals are random (Poisson): their number strays from the plan by its square root or so.
        boolean driven = step.arrivals() >= step.planned() - 4 * Math.sqrt(step.planned());
        if (!driven) {
            notes.add(String.format(Locale.ROOT, "%s rate=%d: %d of %d planned arrivals: this step was not driven"
                    + " at its rate and does not count for capacity", label, step.rate(), step.arrivals(), step.planned()));
        }
        if (whole.count() != step.arrivals()) {
            notes.add(String.format(Locale.ROOT, "%s rate=%d: %d arrivals but %d outcomes recorded: the benchmark lost"
                    + " track of some (see benchmarks/target/api-run/gatling.log); the step does not count for capacity",
                    label, step.rate(), step.arrivals(), whole.count()));
            driven = false;
        }
        boolean within = driven && withinBound(whole);
        if (step.endpoint() == Endpoint.SESSION) {
            // One line per call, the app's CPU shared out over all the step's requests, then the whole
            // session: the sum of its calls' response times, CPU per session.
            long requests = step.calls().values().stream().mapToLong(Samples.Figures::count).sum();
            within = driven && whole.errors() == 0;
            for (Map.Entry<String, Samples.Figures> call : step.calls().entrySet()) {
                lines.add(line("SESSION:" + call.getKey(), step, call.getValue(), requests));
                within &= withinBound(call.getValue());
            }
        }
        lines.add(line(label, step, whole, whole.count()));
        return within;
    }

    private static boolean withinBound(Samples.Figures f) {
        return f.count() > 0 && f.errors() == 0 && f.p99() <= CAPACITY_P99_MILLIS;
    }

    private static String line(String label, Step.Result step, Samples.Figures f, long requests) {
        return String.format(Locale.ROOT, "api endpoint=%s rate=%d p50_ms=%d p99_ms=%d max_ms=%d errors=%d cpu_ms_per_req=%s",
                label, step.rate(), f.p50(), f.p99(), f.max(), f.errors(), cpuPer(step, requests));
    }

    /** The app's CPU time over the step per request (per session for a session's whole), or NA. */
    private static String cpuPer(Step.Result step, long requests) {
        return step.cpuMillis() < 0 || requests == 0 ? "NA"
                : String.format(Locale.ROOT, "%.3f", step.cpuMillis() / requests);
    }

    /**
     * One capacity line per endpoint, against the floor's (health's) capacity. The session's rps counts
     * sessions, and its ratio the requests they make (sessions times calls per session) over the floor's.
     */
    private void capacities(Map<Endpoint, Integer> capacities, Map<Endpoint, List<Step.Result>> ladders) {
        Integer floor = capacities.get(Endpoint.HEALTH);
        if (floor != null && floor > 0
                && floor == ladders.get(Endpoint.HEALTH).stream().mapToInt(Step.Result::rate).max().orElse(0)) {
            notes.add("the floor held at every rate up to " + floor + "/s: its capacity is at least that, so every"
                    + " ratio is an upper bound (add a higher rate to BENCH_RATES)");
        }
        capacities.forEach((endpoint, rps) -> {
            String ratio = "NA";
            if (floor != null && floor > 0) {
                double requests = endpoint == Endpoint.SESSION ? rps * callsPerSession(ladders.get(endpoint)) : rps;
                ratio = String.format(Locale.ROOT, "%.2f", requests / floor);
            }
            lines.add(String.format(Locale.ROOT, "capacity endpoint=%s rps=%d floor_rps=%s ratio=%s", endpoint.label(),
                    rps, floor == null ? "NA" : floor.toString(), ratio));
        });
    }

    /** The calls one session made in this run (9 when every session went through). */
    private static double callsPerSession(List<Step.Result> steps) {
        long sessions = 0;
        long requests = 0;
        for (Step.Result step : steps) {
            sessions += step.whole().count();
            requests += step.calls().values().stream().mapToLong(Samples.Figures::count).sum();
        }
        return sessions == 0 ? 0 : (double) requests / sessions;
    }
}
