package kr.co.whaling.batch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.shared.GameClock;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.vote.GameRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backtest}: how often a question came true before. The base rate of the question asked,
 * with its windows and 95% interval, then a table of base rates over ranges 1..50% for the same
 * coin, direction and horizon; as text, or as CSV for a spreadsheet.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Base rates of a question from a coin's daily closes, by the rule the app uses "
                + "(domain.md, \"Base rates\"), and a table over ranges 1..50%%.")
final class BacktestCommand implements Callable<Integer> {

    /** How the result is printed. */
    enum Format { TEXT, CSV }

    @Option(names = "--coin", required = true, paramLabel = "CODE", description = "coin code, e.g. BTC")
    private String coin;

    @Option(names = "--direction", required = true, paramLabel = "up|down", description = "up or down")
    private Direction direction;

    @Option(names = "--range", required = true, paramLabel = "PERCENT",
            description = "whole percent: 1..300 up, 1..99 down")
    private int range;

    @Option(names = "--horizon", required = true, paramLabel = "day|week|month", description = "day, week or month")
    private Horizon horizon;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "first day whose close counts (default: 365 days before --to)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD",
            description = "last day whose close counts, before today (default: yesterday, Asia/Seoul)")
    private LocalDate to;

    @Option(names = "--source", paramLabel = "upbit|csv:DIR", defaultValue = "upbit",
            converter = SourceConverter.class, description = "where the daily closes come from (default: ${DEFAULT-VALUE})")
    private PriceSource source;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "text (default) or csv")
    private Format format;

    @Spec
    private CommandSpec spec;

    private final PriceSources priceSources;
    private final Clock clock;
    private final Progress.Display progress;
    private final GameRules rules = GameRules.standard();

    BacktestCommand(PriceSources priceSources, Clock clock, Progress.Display progress) {
        this.priceSources = priceSources;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        CoinCode code = argument(() -> CoinCode.parse(coin));
        argument(() -> rules.ranges().check(direction, range));
        Backtest backtest = new Backtest(rules);
        Backtest.Period period = argument(() -> backtest.period(Optional.ofNullable(from), Optional.ofNullable(to),
                LocalDate.now(clock.withZone(GameClock.ZONE))));
        if (source.kind() == PriceSource.Kind.CSV && !Files.isDirectory(source.directory())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--source " + source + ": " + source.directory() + " is not a directory");
        }

        Progress loading = progress.start("Loading daily closes of " + code + " from " + source, 1);
        DailyCloses closes = priceSources.dailyCloses(source).loadDailyCloses(code, period.firstDay(), period.lastDay());
        long received = closes.closes().stream().map(DailyClose::date)
                .filter(day -> !day.isBefore(period.firstDay()) && !day.isAfter(period.lastDay())).count();
        loading.finish(received + " of " + period.days() + " days");

        List<Integer> grid = Backtest.grid(range);
        Progress computing = progress.start("Base rates", grid.size());
        List<Backtest.Row> rows = new ArrayList<>();
        for (int percent : grid) {
            rows.add(backtest.row(code, direction, percent, horizon, closes, period));
            computing.advance();
        }
        computing.finish(grid.size() + " ranges");
        Backtest.Row asked = backtest.row(code, direction, range, horizon, closes, period);

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.CSV) {
            printCsv(out, code, rows);
        } else {
            printText(out, code, period, received, asked, rows);
        }
        out.flush();
        return WhalingBatch.OK;
    }

    private void printText(PrintWriter out, CoinCode code, Backtest.Period period, long received, Backtest.Row asked,
                           List<Backtest.Row> rows) {
        out.printf(Locale.ROOT, "%s %s %d%% within a %s%n", code, lower(direction), range, lower(horizon));
        out.printf(Locale.ROOT, "closes: %s .. %s from %s, %d of %d days%n", period.firstDay(), period.lastDay(),
                source, received, period.days());
        out.println("base rate: " + describe(asked));
        out.println();
        out.printf(Locale.ROOT, "%6s  %7s  %9s  %-17s  %s%n", "range", "windows", "base rate", "95% interval", "guardrail");
        for (Backtest.Row row : rows) {
            String rate = row.baseRate().map(r -> percent(r.share())).orElse("-");
            String interval = row.baseRate().map(r -> percent(r.interval().low()) + " .. " + percent(r.interval().high()))
                    .orElse("-");
            out.println(String.format(Locale.ROOT, "%5d%%  %7d  %9s  %-17s  %s", row.rangePercent(), row.windows(),
                    rate, interval, row.tooCertain() ? "too certain" : "").stripTrailing());
        }
    }

    private String describe(Backtest.Row row) {
        if (row.baseRate().isEmpty()) {
            return "none: " + row.windows() + " windows, fewer than the " + rules.baseRates().minWindows()
                    + " a base rate needs";
        }
        BaseRate rate = row.baseRate().get();
        return String.format(Locale.ROOT, "%s (YES in %d of %d windows), 95%% interval %s .. %s%s",
                percent(rate.share()), rate.yesWindows(), rate.windows(), percent(rate.interval().low()),
                percent(rate.interval().high()),
                row.tooCertain() ? "; too certain: a member's question would be refused" : "");
    }

    private void printCsv(PrintWriter out, CoinCode code, List<Backtest.Row> rows) {
        out.println("coin,direction,horizon,range_percent,windows,yes_windows,base_rate,interval_low,interval_high,"
                + "too_certain");
        for (Backtest.Row row : rows) {
            Optional<BaseRate> rate = row.baseRate();
            out.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%s,%s,%s,%s,%s%n", code, lower(direction), lower(horizon),
                    row.rangePercent(), row.windows(),
                    rate.map(r -> String.valueOf(r.yesWindows())).orElse(""),
                    rate.map(r -> fraction(r.share())).orElse(""),
                    rate.map(r -> fraction(r.interval().low())).orElse(""),
                    rate.map(r -> fraction(r.interval().high())).orElse(""),
                    row.tooCertain());
        }
    }

    /** A domain refusal of an argument is a usage error: exit 2 with its message, no stack trace. */
    private <T> T argument(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException | IllegalArgumentException refused) {
            throw new CommandLine.ParameterException(spec.commandLine(), refused.getMessage());
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String fraction(double share) {
        return String.format(Locale.ROOT, "%.4f", share);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code --source}: a bad value is a usage error naming the two forms. */
    static final class SourceConverter implements CommandLine.ITypeConverter<PriceSource> {

        @Override
        public PriceSource convert(String value) {
            try {
                return PriceSource.parse(value);
            } catch (IllegalArgumentException refused) {
                throw new CommandLine.TypeConversionException(refused.getMessage());
            }
        }
    }
}
