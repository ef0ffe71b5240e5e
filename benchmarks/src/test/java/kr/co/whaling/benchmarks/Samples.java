package kr.co.whaling.benchmarks;

import java.util.Arrays;

/**
 * Every response time (milliseconds) of one request kind within one step, failed requests included,
 * and how many failed; percentiles are exact (nearest rank over all the step's requests).
 */
final class Samples {

    /** What a step's requests of one kind came to; times in milliseconds, -1 with no request. */
    record Figures(long count, long errors, long p50, long p99, long max) {

        static final Figures NONE = new Figures(0, 0, -1, -1, -1);
    }

    private long[] millis = new long[1024];
    private int count;
    private long errors;

    synchronized void add(long responseMillis, boolean failed) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = responseMillis;
        if (failed) {
            errors++;
        }
    }

    synchronized long count() {
        return count;
    }

    synchronized Figures figures() {
        if (count == 0) {
            return Figures.NONE;
        }
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return new Figures(count, errors, percentile(sorted, 50), percentile(sorted, 99), sorted[count - 1]);
    }

    /** Nearest rank: the smallest value with at least p% of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
