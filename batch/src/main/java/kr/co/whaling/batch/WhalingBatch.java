package kr.co.whaling.batch;

import java.io.PrintWriter;
import java.time.Clock;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The batch tools' entry point ({@code java -jar whaling-batch.jar backtest|audit}). Exit codes are those of
 * {@code exitCodeList}; a tool that could not work says why on one line of stderr, never a stack trace.
 */
@Command(name = "whaling-batch", mixinStandardHelpOptions = true, version = "whaling-batch 0.1.0",
        description = "Whaling's batch tools.", synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, no discrepancy", "1:the audit found discrepancies", "2:bad arguments",
            "3:could not run (database or price source unreachable)"})
public final class WhalingBatch implements Runnable {

    public static final int OK = 0;
    public static final int DISCREPANCIES = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new AdapterPriceSources(), Clock.systemDefaultZone(), Progress.onConsole())
                .execute(args));
    }

    /** The tools with their price sources, clock (backtest's "today") and progress display, which tests replace. */
    public static CommandLine commandLine(PriceSources priceSources, Clock clock, Progress.Display progress) {
        CommandLine commandLine = new CommandLine(new WhalingBatch())
                .addSubcommand(new BacktestCommand(priceSources, clock, progress))
                .addSubcommand(new AuditCommand(progress))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(WhalingBatch::cannotRun);
        commandLine.getCommandSpec().usageMessage().sortOptions(false);
        return commandLine;
    }

    /** Without a command: the usage, as for any other bad argument. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: backtest or audit");
    }

    /** Failures of the outside world are expected and said on one line; only a bug earns a stack trace. */
    private static int cannotRun(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof CannotRunException || failure instanceof PriceSourceUnavailableException) {
            err.println(commandLine.getCommandName() + ": " + failure.getMessage());
            err.flush();
            return FAILED;
        }
        err.println(commandLine.getCommandName() + ": unexpected failure (a bug, please report it):");
        failure.printStackTrace(err);
        err.flush();
        return FAILED;
    }
}
