package kr.co.whaling.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long step on stderr: a bar redrawn in place on a terminal, else a line at its start and end
 * (a log file wants no carriage returns). Hand-written: the progress-bar libraries bring JLine along.
 */
public final class Progress {

    private static final int BAR_WIDTH = 30;
    /** Redraw at most every this many nanoseconds: a bar redrawn per row would cost more than the rows. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final Display display;
    private final String label;
    private final long total;
    private long done;
    private long lastDrawn = Long.MIN_VALUE;

    private Progress(Display display, String label, long total) {
        this.display = display;
        this.label = label;
        this.total = Math.max(total, 0);
    }

    /** Where progress goes, and whether it may be redrawn in place. */
    public record Display(PrintStream err, boolean terminal) {

        /** Nothing shown at all (tests that do not look at progress). */
        public static final Display NONE = new Display(null, false);

        /** Starts a step of {@code total} units (rows, ranges). */
        public Progress start(String label, long total) {
            Progress progress = new Progress(this, label, total);
            if (err != null && !terminal) {
                err.println(label + " ...");
                err.flush();
            }
            progress.draw(true);
            return progress;
        }
    }

    /** stderr, as a bar when a terminal shows it. */
    public static Display onConsole() {
        return new Display(System.err, System.console() != null);
    }

    /** One more unit done. */
    public void advance() {
        done++;
        draw(false);
    }

    /** The step is over; {@code summary} says what it did ("12,345 rows"). */
    public void finish(String summary) {
        done = Math.max(done, total);
        PrintStream err = display.err();
        if (err == null) {
            return;
        }
        if (display.terminal()) {
            draw(true);
            err.println();
        }
        err.println(label + ": " + summary);
        err.flush();
    }

    private void draw(boolean force) {
        PrintStream err = display.err();
        if (err == null || !display.terminal()) {
            return;
        }
        long now = System.nanoTime();
        if (!force && lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        int filled = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        long percent = total == 0 ? 100 : Math.min(100, done * 100 / total);
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% (%,d of %,d)", label, "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), percent, Math.min(done, total), total));
        err.flush();
    }
}
