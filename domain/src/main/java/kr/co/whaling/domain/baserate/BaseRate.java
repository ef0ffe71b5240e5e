package kr.co.whaling.domain.baserate;

import java.util.Objects;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.terms.Choice;

/** How often a question's terms came true before: YES in {@code yesWindows} of {@code windows} past windows. */
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

    /** The base rate of {@code side} (share for YES, 1 − share for NO): what knowing only the past would score. */
    public double expectedHit(Choice side) {
        return (double) (side == Choice.YES ? yesWindows : windows - yesWindows) / windows;
    }
}
