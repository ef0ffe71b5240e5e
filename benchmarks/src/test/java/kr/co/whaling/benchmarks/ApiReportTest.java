package kr.co.whaling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiReportTest {

    private static Step.Result measured(Endpoint endpoint, int rate, long count, long errors, long p99, double cpuMillis) {
        return new Step.Result(Step.Kind.MEASURED, endpoint, rate, 10, 0, false, true, count, cpuMillis,
                new Samples.Figures(count, errors, p99 / 2, p99, p99 * 2), Map.of());
    }

    private static Step.Result skipped(Endpoint endpoint, int rate) {
        return new Step.Result(Step.Kind.MEASURED, endpoint, rate, 10, 0, true, true, rate * 10L, -1, Samples.Figures.NONE,
                Map.of());
    }

    private static Step.Result warmup(Endpoint endpoint, long offset, long p99) {
        return new Step.Result(Step.Kind.WARMUP, endpoint, 100, 5, offset, false, true, 500, 100,
                new Samples.Figures(500, 0, 1, p99, p99), Map.of());
    }

    @Test
    void printsEachStepThenEachEndpointsCapacityAgainstTheFloor() {
        ApiReport report = ApiReport.of(List.of(
                measured(Endpoint.HEALTH, 100, 1_000, 0, 3, 500),
                measured(Endpoint.HEALTH, 200, 2_000, 0, 40, 900),
                measured(Endpoint.HEALTH, 400, 4_000, 0, 80, 1_800),
                measured(Endpoint.LIST, 100, 1_000, 0, 12, 1_500),
                measured(Endpoint.LIST, 200, 2_000, 1, 20, 3_000), // an error: does not count
                measured(Endpoint.LIST, 400, 4_000, 0, 2_000, 6_000),
                skipped(Endpoint.LIST, 800)));

        assertThat(report.lines()).containsExactly(
                "api endpoint=GET:/actuator/health rate=100 p50_ms=1 p99_ms=3 max_ms=6 errors=0 cpu_ms_per_req=0.500",
                "api endpoint=GET:/actuator/health rate=200 p50_ms=20 p99_ms=40 max_ms=80 errors=0 cpu_ms_per_req=0.450",
                "api endpoint=GET:/actuator/health rate=400 p50_ms=40 p99_ms=80 max_ms=160 errors=0 cpu_ms_per_req=0.450",
                "api endpoint=GET:/votes rate=100 p50_ms=6 p99_ms=12 max_ms=24 errors=0 cpu_ms_per_req=1.500",
                "api endpoint=GET:/votes rate=200 p50_ms=10 p99_ms=20 max_ms=40 errors=1 cpu_ms_per_req=1.500",
                "api endpoint=GET:/votes rate=400 p50_ms=1000 p99_ms=2000 max_ms=4000 errors=0 cpu_ms_per_req=1.500",
                "api endpoint=GET:/votes rate=800 skipped=1",
                "capacity endpoint=GET:/actuator/health rps=200 floor_rps=200 ratio=1.00",
                "capacity endpoint=GET:/votes rps=100 floor_rps=200 ratio=0.50");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void aStepTheLoadGeneratorCouldNotDriveDoesNotCount() {
        ApiReport report = ApiReport.of(List.of(
                measured(Endpoint.HEALTH, 100, 1_000, 0, 3, 500),
                measured(Endpoint.HEALTH, 200, 1_900, 0, 3, 900), // 2,000 - 100: within Poisson's spread
                measured(Endpoint.HEALTH, 400, 3_500, 0, 3, 900)));

        assertThat(report.lines()).contains("capacity endpoint=GET:/actuator/health rps=200 floor_rps=200 ratio=1.00");
        assertThat(report.notes()).singleElement().asString().contains("3500 of 4000 planned arrivals");
    }

    @Test
    void aStepWhoseArrivalsAndOutcomesDisagreeDoesNotCount() {
        ApiReport report = ApiReport.of(List.of(new Step.Result(Step.Kind.MEASURED, Endpoint.HEALTH, 100, 10, 0, false,
                true, 1_000, 500, new Samples.Figures(990, 0, 1, 3, 6), Map.of())));

        assertThat(report.lines()).contains("capacity endpoint=GET:/actuator/health rps=0 floor_rps=0 ratio=NA");
        assertThat(report.notes()).singleElement().asString().contains("1000 arrivals but 990 outcomes");
    }

    @Test
    void saysWhenAStepStartedOnAnAppStillBusyWithEarlierRequests() {
        ApiReport report = ApiReport.of(List.of(
                measured(Endpoint.HEALTH, 100, 1_000, 0, 3, 500),
                new Step.Result(Step.Kind.MEASURED, Endpoint.HEALTH, 200, 10, 0, false, false, 2_000, 900,
                        new Samples.Figures(2_000, 0, 2, 30, 60), Map.of())));

        assertThat(report.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("GET:/actuator/health rate=200: the app was still busy"));
    }

    @Test
    void saysWhenTheFloorHeldAtEveryRateAndWhenNoCpuFigureCouldBeRead() {
        ApiReport report = ApiReport.of(List.of(measured(Endpoint.HEALTH, 100, 1_000, 0, 3, -1)));

        assertThat(report.lines()).first().asString().endsWith("cpu_ms_per_req=NA");
        assertThat(report.notes()).singleElement().asString().contains("at least that");
    }

    @Test
    void theSessionHasALinePerCallAndCountsByItsCallsP99() {
        Map<String, Samples.Figures> fast = new LinkedHashMap<>();
        fast.put("GET:/votes", new Samples.Figures(900, 0, 5, 30, 40));
        fast.put("GET:/user", new Samples.Figures(1_800, 0, 2, 10, 20));
        Map<String, Samples.Figures> slow = new LinkedHashMap<>();
        slow.put("GET:/votes", new Samples.Figures(1_800, 0, 20, 90, 120));
        slow.put("GET:/user", new Samples.Figures(3_600, 0, 3, 20, 30));
        ApiReport report = ApiReport.of(List.of(
                measured(Endpoint.HEALTH, 1_000, 10_000, 0, 3, 5_000),
                measured(Endpoint.HEALTH, 2_000, 20_000, 0, 60, 9_000),
                new Step.Result(Step.Kind.MEASURED, Endpoint.SESSION, 90, 10, 0, false, true, 900, 2_700,
                        new Samples.Figures(900, 0, 12, 45, 60), fast),
                new Step.Result(Step.Kind.MEASURED, Endpoint.SESSION, 180, 10, 0, false, true, 1_800, 5_400,
                        new Samples.Figures(1_800, 0, 30, 110, 150), slow)));

        assertThat(report.lines()).containsSubsequence(
                "api endpoint=SESSION:GET:/votes rate=90 p50_ms=5 p99_ms=30 max_ms=40 errors=0 cpu_ms_per_req=1.000",
                "api endpoint=SESSION:GET:/user rate=90 p50_ms=2 p99_ms=10 max_ms=20 errors=0 cpu_ms_per_req=1.000",
                "api endpoint=SESSION rate=90 p50_ms=12 p99_ms=45 max_ms=60 errors=0 cpu_ms_per_req=3.000",
                "api endpoint=SESSION rate=180 p50_ms=30 p99_ms=110 max_ms=150 errors=0 cpu_ms_per_req=3.000",
                // 90 sessions/s of 3 calls each = 270 requests/s over the floor's 1,000.
                "capacity endpoint=SESSION rps=90 floor_rps=1000 ratio=0.27");
    }

    @Test
    void warmupWindowsThenWhenTheirP99Settled() {
        List<Step.Result> results = new ArrayList<>();
        long[] p99s = {120, 60, 30, 12, 9, 10, 8, 9};
        for (int i = 0; i < p99s.length; i++) {
            results.add(warmup(Endpoint.LIST, i * 5L, p99s[i]));
        }
        ApiReport report = ApiReport.of(results);

        assertThat(report.lines()).startsWith(
                "warmup endpoint=GET:/votes rate=100 from_s=0 to_s=5 p50_ms=1 p99_ms=120 max_ms=120 errors=0"
                        + " cpu_ms_per_req=0.200");
        assertThat(report.lines()).endsWith("warmup endpoint=GET:/votes stable_after_s=15");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void stableFromIsTheFirstWindowAfterWhichEveryP99StaysNearTheLastOnes() {
        assertThat(ApiReport.stableFrom(List.of(50L, 40L, 20L, 10L, 10L, 10L))).isEqualTo(3);
        assertThat(ApiReport.stableFrom(List.of(10L, 10L, 90L, 10L, 10L, 10L))).isEqualTo(3);
        assertThat(ApiReport.stableFrom(List.of(2L, 3L, 2L, 4L))).isZero(); // within 2 ms counts as settled
        assertThat(ApiReport.stableFrom(List.of(7L))).isZero();
    }

    @Test
    void aWarmupThatSettlesOnlyAtItsEndSaysSo() {
        List<Step.Result> results = new ArrayList<>();
        long[] p99s = {300, 250, 200, 150, 100, 20};
        for (int i = 0; i < p99s.length; i++) {
            results.add(warmup(Endpoint.GET, i * 5L, p99s[i]));
        }
        assertThat(ApiReport.of(results).notes()).singleElement().asString().contains("longer warm-up");
    }
}
