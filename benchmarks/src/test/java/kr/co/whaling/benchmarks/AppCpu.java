package kr.co.whaling.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CPU time a process has used so far, user plus system, from /proc/PID/stat (Linux). */
final class AppCpu {

    private final Path stat;

    AppCpu(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
    }

    /** utime + stime in clock ticks. */
    long ticks() {
        try {
            return ticks(Files.readString(stat));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stat + " (has the app exited?)", e);
        }
    }

    /**
     * Fields 14 and 15 of proc(5)'s stat line. The second field (the command name, in parentheses)
     * may itself hold spaces and parentheses, so fields are counted from the last ')': field 3 is
     * the first after it.
     */
    static long ticks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" +");
        return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    }
}
