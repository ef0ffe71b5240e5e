package kr.co.whaling.domain.baserate;

import java.util.Objects;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.terms.Choice;

/**
 * How often a question's terms came true before: in {@code yesWindows} of {@code windows} past
 * windows the answer would have been YES; the share of those, and the Wilson interval around it
 * (computed by {@link BaseRatePolicy}).
 */
public record BaseRate(int yesWindows, int windows, WilsonInterval interval) {

    public BaseRate {
        if (windows < 1 || yesWindows < 0 || yesWindows > windows) {
            throw new IllegalArgumentException("invalid base rate " + yesWindows + "/" + windows);
        }
        Objects.requireNonNull(interval, "interval");
    }

    /** The share of YES windows, 0..1. */
    public double share() {
        return (double) yesWindows / windows;
    }

    /**
     * The expected hit of an answer choosing {@code side}: the base rate of that side, {@code share}
     * for YES and {@code 1 − share} for NO (what a player who knew only the past would score).
     */
    public double expectedHit(Choice side) {
        int sideWindows = side == Choice.YES ? yesWindows : windows - yesWindows;
        return (double) sideWindows / windows;
    }
}
