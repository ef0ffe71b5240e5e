package kr.co.whaling.batch;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import kr.co.whaling.domain.vote.GameRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: checks every invariant of domain.md on a live database, read-only, and prints a
 * report with counts; exit code {@value WhalingBatch#DISCREPANCIES} on any discrepancy.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks every invariant of domain.md on a live database (read-only, one consistent "
                + "snapshot) and prints a report; exits 1 on any discrepancy.")
final class AuditCommand implements Callable<Integer> {

    @Option(names = "--db-url", required = true, paramLabel = "URL",
            description = "jdbc:mariadb://HOST:PORT/DB or jdbc:mysql://HOST:PORT/DB")
    private String url;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "database user")
    private String user;

    @Option(names = "--password", required = true, paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "database password; asked for when the option has no value")
    private String password;

    @Spec
    private CommandSpec spec;

    private final Progress.Display progress;

    AuditCommand(Progress.Display progress) {
        this.progress = progress;
    }

    @Override
    public Integer call() {
        if (!ReadOnlySnapshot.accepts(url)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--db-url must be a jdbc:mariadb: or jdbc:mysql: URL: " + url);
        }
        AuditReport report;
        try (Connection connection = ReadOnlySnapshot.open(url, user, password == null ? "" : password)) {
            report = new GameAudit(GameRules.standard(), progress).audit(connection);
            connection.rollback();
        } catch (SQLException failure) {
            throw new CannotRunException("cannot read the database at " + url + " as " + user + ": "
                    + String.valueOf(failure.getMessage()).replaceAll("\\s+", " ").strip(), failure);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Audit of " + url + " (one read-only snapshot)");
        report.print(out);
        out.flush();
        return report.clean() ? WhalingBatch.OK : WhalingBatch.DISCREPANCIES;
    }
}
