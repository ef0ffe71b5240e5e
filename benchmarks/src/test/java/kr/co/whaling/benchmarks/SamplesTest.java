package kr.co.whaling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void percentilesAreNearestRankOverEveryRequestFailedOnesIncluded() {
        Samples samples = new Samples();
        for (int millis = 1; millis <= 2_000; millis++) {
            samples.add(millis, false);
        }
        samples.add(10_000, true); // a timeout: its time counts, and it is an error
        Samples.Figures figures = samples.figures();
        assertThat(figures.count()).isEqualTo(2_001);
        assertThat(figures.errors()).isEqualTo(1);
        assertThat(figures.p50()).isEqualTo(1_001);
        assertThat(figures.p99()).isEqualTo(1_981);
        assertThat(figures.max()).isEqualTo(10_000);
    }

    @Test
    void noRequestNoFigure() {
        assertThat(new Samples().figures()).isEqualTo(Samples.Figures.NONE);
    }

    @Test
    void percentileOfOneValueIsThatValue() {
        assertThat(Samples.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Samples.percentile(new long[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        assertThat(Samples.percentile(new long[] {1, 2, 3, 4}, 99)).isEqualTo(4);
    }
}
