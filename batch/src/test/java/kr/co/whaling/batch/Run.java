package kr.co.whaling.batch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** One run of the tools as a user would start them, with what they printed on stdout and stderr. */
record Run(int exitCode, String out, String err) {

    static Run of(PriceSources sources, Clock clock, String... args) {
        CommandLine commandLine = WhalingBatch.commandLine(sources, clock, Progress.Display.NONE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
