package kr.co.whaling.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.shared.GameClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * backtest over a history written by hand: closes alternating 100 and 105 from 2024-03-01, so a day
 * window starting on 100 rises exactly 5% (YES up to range 5) and one starting on 105 falls 4.76%
 * (YES down to range 4). Expected intervals are Wilson's formula at z = 1.96, worked out apart.
 */
class BacktestCommandTest {

    private static final CoinCode BTC = new CoinCode("BTC");
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    /** 2024-05-01 09:30 in Seoul. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-05-01T00:30:00Z"), GameClock.ZONE);

    /** 40 days, 2024-03-01 (100) to 2024-04-09 (105). */
    private final RecordedCloses alternating = new RecordedCloses(BTC).repeating(MARCH_1, 40, "100", "105");

    private Run backtest(RecordedCloses source, String... args) {
        return Run.of(given -> source, TODAY, concat("backtest", args));
    }

    @Test
    void the_base_rate_of_the_question_counts_the_windows_that_would_have_resolved_yes() {
        Run run = backtest(alternating, "--coin", "btc", "--direction", "up", "--range", "5", "--horizon", "day",
                "--from", "2024-03-01", "--to", "2024-04-09");

        assertThat(run.exitCode()).isZero();
        // 39 day windows (starting 03-01 .. 04-08); the 20 starting on an even day go 100 -> 105.
        assertThat(run.out()).contains("BTC up 5% within a day")
                .contains("closes: 2024-03-01 .. 2024-04-09 from upbit, 40 of 40 days")
                .contains("base rate: 51.3% (YES in 20 of 39 windows), 95% interval 36.2% .. 66.1%");
        assertThat(alternating.asked).containsExactly(
                new RecordedCloses.Asked(BTC, MARCH_1, LocalDate.of(2024, 4, 9)));
    }

    @Test
    void the_table_gives_every_range_from_1_to_50_percent() {
        Run run = backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5", "--horizon", "day",
                "--from", "2024-03-01", "--to", "2024-04-09");

        List<String> table = tableRows(run.out());
        assertThat(table).hasSize(50);
        assertThat(table.get(0)).isEqualTo("    1%       39      51.3%  36.2% .. 66.1%");
        assertThat(table.get(4)).isEqualTo("    5%       39      51.3%  36.2% .. 66.1%");
        assertThat(table.get(5)).isEqualTo("    6%       39       0.0%  0.0% .. 9.0%");
        assertThat(table.get(49)).isEqualTo("   50%       39       0.0%  0.0% .. 9.0%");
    }

    @Test
    void a_fall_is_judged_against_the_lower_target() {
        Run run = backtest(alternating, "--coin", "BTC", "--direction", "DOWN", "--range", "4", "--horizon", "day",
                "--from", "2024-03-01", "--to", "2024-04-09");

        // 105 -> 100 is -4.76%: target 100.8 at 4% is reached, 99.75 at 5% is not.
        assertThat(run.out()).contains("base rate: 48.7% (YES in 19 of 39 windows), 95% interval 33.9% .. 63.8%");
        assertThat(tableRows(run.out()).get(4)).isEqualTo("    5%       39       0.0%  0.0% .. 9.0%");
    }

    @Test
    void a_week_window_ends_seven_days_after_its_start() {
        Run run = backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5", "--horizon", "week",
                "--from", "2024-03-01", "--to", "2024-04-09");

        // Windows start 03-01 .. 04-02 (33); 7 days flip the parity, so the 17 even starts rise.
        assertThat(run.out()).contains("base rate: 51.5% (YES in 17 of 33 windows), 95% interval 35.2% .. 67.5%");
    }

    @Test
    void too_few_windows_make_no_base_rate_but_are_still_counted() {
        Run run = backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5", "--horizon", "month",
                "--from", "2024-03-01", "--to", "2024-04-09");

        // Month windows ending by 04-09 start 03-01 .. 03-09.
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("base rate: none: 9 windows, fewer than the 30 a base rate needs");
        assertThat(tableRows(run.out()).get(0)).isEqualTo("    1%        9          -  -");
    }

    @Test
    void by_default_the_app_s_period_is_taken_the_365_days_before_today() {
        RecordedCloses flat = new RecordedCloses(BTC).repeating(LocalDate.of(2023, 1, 1), 600, "100");

        Run run = backtest(flat, "--coin", "BTC", "--direction", "up", "--range", "1", "--horizon", "day");

        assertThat(flat.asked).containsExactly(
                new RecordedCloses.Asked(BTC, LocalDate.of(2023, 5, 2), LocalDate.of(2024, 4, 30)));
        // A flat price never rises 1%: 0 of 364, over the 90 windows the guardrail needs.
        assertThat(run.out()).contains("closes: 2023-05-02 .. 2024-04-30 from upbit, 365 of 365 days")
                .contains("base rate: 0.0% (YES in 0 of 364 windows), 95% interval 0.0% .. 1.0%;"
                        + " too certain: a member's question would be refused");
        assertThat(tableRows(run.out()).get(0)).endsWith("too certain");
    }

    @Test
    void csv_gives_one_line_per_range_for_a_spreadsheet() {
        Run run = backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "70", "--horizon", "day",
                "--from", "2024-03-01", "--to", "2024-04-09", "--format", "csv");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("coin,direction,horizon,range_percent,windows,yes_windows,base_rate,"
                + "interval_low,interval_high,too_certain");
        assertThat(lines.get(1)).isEqualTo("BTC,up,day,1,39,20,0.5128,0.3620,0.6613,false");
        assertThat(lines.get(6)).isEqualTo("BTC,up,day,6,39,0,0.0000,0.0000,0.0897,false");
        // 1..50 and the range asked, 70, beyond the grid.
        assertThat(lines).hasSize(52);
        assertThat(lines.get(51)).isEqualTo("BTC,up,day,70,39,0,0.0000,0.0000,0.0897,false");
    }

    @Test
    void bad_arguments_are_usage_errors_with_exit_code_2_and_no_stack_trace() {
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "down", "--range", "100",
                "--horizon", "day"), "range for DOWN must be 1..99: 100");
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "sideways", "--range", "5",
                "--horizon", "day"), "--direction");
        assertUsageError(backtest(alternating, "--coin", "B-T-C", "--direction", "up", "--range", "5",
                "--horizon", "day"), "coin code must be 1 to 15 upper-case letters or digits");
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5",
                "--horizon", "day", "--from", "2024-04-09", "--to", "2024-03-01"),
                "--from (2024-04-09) must not be after --to (2024-03-01)");
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5",
                "--horizon", "day", "--to", "2024-05-01"), "--to must be before today (2024-05-01)");
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5",
                "--horizon", "day", "--from", "March"), "--from");
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5",
                "--horizon", "day", "--source", "bithumb"), "'bithumb' is no price source: use upbit or csv:DIR");
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "up", "--horizon", "day"),
                "Missing required option: '--range=PERCENT'");
        assertThat(alternating.asked).isEmpty();
    }

    @Test
    void a_csv_source_must_name_a_directory(@TempDir Path folder) {
        assertUsageError(backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5",
                "--horizon", "day", "--source", "csv:" + folder.resolve("missing")), "is not a directory");

        Run run = backtest(alternating, "--coin", "BTC", "--direction", "up", "--range", "5", "--horizon", "day",
                "--from", "2024-03-01", "--to", "2024-04-09", "--source", "csv:" + folder);
        assertThat(run.out()).contains("from csv:" + folder + ", 40 of 40 days");
    }

    @Test
    void a_price_source_that_fails_is_reported_in_one_line_with_exit_code_3() {
        Run run = Run.of(given -> (code, from, to) -> {
            throw new PriceSourceUnavailableException("Upbit answered 503 for the candles of KRW-BTC");
        }, TODAY, "backtest", "--coin", "BTC", "--direction", "up", "--range", "5", "--horizon", "day");

        assertThat(run.exitCode()).isEqualTo(WhalingBatch.FAILED);
        assertThat(run.err()).isEqualTo("backtest: Upbit answered 503 for the candles of KRW-BTC" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_recorded_csv_sample_is_read_through_the_csv_adapter() {
        Clock afterTheSample = Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), GameClock.ZONE);
        Run run = Run.of(new AdapterPriceSources(), afterTheSample, "backtest", "--coin", "BTC", "--direction", "up",
                "--range", "5", "--horizon", "week", "--from", "2025-03-05", "--to", "2026-03-04",
                "--source", "csv:" + Path.of("..", "adapter-csv", "src", "test", "resources", "sample"));

        // 365 recorded closes make 365 - 7 = 358 week windows; no window rose 50%, and the Wilson upper
        // bound of 0 in 358 is 1.96² / (358 + 1.96²) = 1.06%.
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("   50%      358       0.0%  0.0% .. 1.1%       too certain");
    }

    @Test
    void a_missing_csv_directory_is_a_usage_error_without_a_stack_trace() {
        Run run = Run.of(new AdapterPriceSources(), TODAY, "backtest", "--coin", "BTC", "--direction", "up",
                "--range", "5", "--horizon", "day", "--source", "csv:/nonexistent/whaling-sample");

        assertThat(run.exitCode()).isEqualTo(WhalingBatch.USAGE);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void no_command_is_a_usage_error() {
        Run run = Run.of(given -> alternating, TODAY);

        assertThat(run.exitCode()).isEqualTo(WhalingBatch.USAGE);
        assertThat(run.err()).contains("Missing a command").contains("backtest").contains("audit");
    }

    private static void assertUsageError(Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(WhalingBatch.USAGE);
        assertThat(run.err()).contains(message).contains("Usage: whaling-batch backtest").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    /** The lines of the text table, header left out. */
    private static List<String> tableRows(String out) {
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(line -> line.contains("95% interval")
                && line.startsWith(" range")).findFirst().orElseThrow());
        return lines.subList(header + 1, lines.size()).stream().map(String::stripTrailing).toList();
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
