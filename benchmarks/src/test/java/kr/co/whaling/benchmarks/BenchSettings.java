package kr.co.whaling.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What one run of {@link ApiSimulation} does, read from the system properties that benchmarks/api.sh
 * passes through Maven ({@code -Dbench.rates=250,500 ...}); every property but the app's address,
 * process and tokens has a default, the full benchmark's.
 *
 * @param baseUrl        the app, e.g. http://127.0.0.1:18080
 * @param appPid         the app's process id, whose CPU time /proc/PID/stat gives
 * @param clockTicks     clock ticks per second of /proc/PID/stat's times ({@code getconf CLK_TCK})
 * @param tokensFile     one access token per line, line m being member m's (benchmarks/api/MintTokens.java)
 * @param outDir         where the run's steps file goes (steps.tsv)
 * @param dataSet        the seeded sizes (benchmarks/api/seed.sql)
 * @param endpoints      which endpoints run, in this order
 * @param rates          the ladder of arrival rates (requests per second) of each single endpoint
 * @param sessionRates   the ladder of the frontend session's arrival rates (sessions per second)
 * @param step           how long each rate of a ladder lasts
 * @param gap            the pause before each measured step, for the app to finish what it had
 * @param warmup         how long each endpoint is driven before its ladder
 * @param warmupRate     the single endpoints' warm-up rate (requests per second)
 * @param sessionWarmupRate the session's warm-up rate (sessions per second)
 * @param window         the warm-up is reported in windows this long
 * @param think          a member's pause between the session's pages
 * @param overloadMillis a step with more than 1% of its requests failed or slower than this is
 *                       overloaded: the endpoint's higher rates are skipped
 */
record BenchSettings(String baseUrl, long appPid, int clockTicks, Path tokensFile, Path outDir, DataSet dataSet,
                     List<Endpoint> endpoints, List<Integer> rates, List<Integer> sessionRates, Duration step,
                     Duration gap, Duration warmup, int warmupRate, int sessionWarmupRate, Duration window,
                     Duration think, long overloadMillis) {

    /**
     * The seeded data set (benchmarks/api/seed.sql): members 1..members, questions 1..votes of which
     * 1..finished are closed, perVote answers to each.
     */
    record DataSet(int members, int votes, int finished, int perVote) {
    }

    static BenchSettings from(Properties properties) {
        return new BenchSettings(
                required(properties, "bench.baseUrl"),
                Long.parseLong(required(properties, "bench.appPid")),
                Integer.parseInt(properties.getProperty("bench.clockTicks", "100")),
                Path.of(required(properties, "bench.tokens")),
                Path.of(properties.getProperty("bench.out", "target")),
                new DataSet(integer(properties, "bench.members", 10_000), integer(properties, "bench.votes", 100_000),
                        integer(properties, "bench.finished", 20_000), integer(properties, "bench.perVote", 10)),
                Arrays.stream(properties.getProperty("bench.endpoints", "health,list,get,answer,session").split(","))
                        .map(String::trim).map(Endpoint::fromKey).toList(),
                integers(properties.getProperty("bench.rates", "250,500,1000,2000,4000")),
                integers(properties.getProperty("bench.sessionRates", "25,50,100,200,400")),
                Duration.ofSeconds(integer(properties, "bench.stepSeconds", 30)),
                Duration.ofSeconds(integer(properties, "bench.gapSeconds", 2)),
                Duration.ofSeconds(integer(properties, "bench.warmupSeconds", 90)),
                integer(properties, "bench.warmupRate", 500),
                integer(properties, "bench.sessionWarmupRate", 50),
                Duration.ofSeconds(integer(properties, "bench.windowSeconds", 5)),
                Duration.ofMillis(integer(properties, "bench.thinkMillis", 1_000)),
                integer(properties, "bench.overloadMillis", 1_000));
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + name + " is required (benchmarks/api.sh sets it)");
        }
        return value;
    }

    private static int integer(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static List<Integer> integers(String csv) {
        List<Integer> values = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
        if (values.isEmpty() || values.stream().anyMatch(rate -> rate <= 0)) {
            throw new IllegalArgumentException("rates must be positive integers: " + csv);
        }
        return values;
    }
}
