package kr.co.whaling.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    @Test
    void z_95_is_the_normal_quantile_of_0_975() {
        assertThat(WilsonInterval.Z_95).isCloseTo(1.959964, within(0.000001));
    }

    // (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z² = 3.841459, e.g. 9 of 10:
    // centre 0.9 + 0.192073 = 1.092073, margin 1.959964·√(0.009 + 0.0096036) = 0.267329, scale 1.384146:
    // low 0.824744/1.384146 = 0.595850, high 1.359402/1.384146 = 0.982124.
    // At p = 0: [0, z²/(n + z²)]; at p = 1: [n/(n + z²), 1].
    @ParameterizedTest(name = "{0} of {1}: [{2}, {3}]")
    @CsvSource({
            "9,   10,  0.595850, 0.982124",
            "5,   5,   0.565518, 1.000000",
            "45,  60,  0.627679, 0.842235",
            "1,   30,  0.005909, 0.166704",
            "0,   30,  0.000000, 0.113513",
            "0,   364, 0.000000, 0.010443",
            "335, 335, 0.988663, 1.000000"
    })
    void the_95_percent_interval_of_a_sample(long successes, long trials, double low, double high) {
        WilsonInterval interval = WilsonInterval.of(successes, trials, WilsonInterval.Z_95);

        assertThat(interval.low()).isCloseTo(low, within(0.000001));
        assertThat(interval.high()).isCloseTo(high, within(0.000001));
    }

    @Test
    void no_trial_knows_nothing() {
        assertThat(WilsonInterval.of(0, 0, WilsonInterval.Z_95)).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void at_z_0_the_interval_is_the_plain_share() {
        assertThat(WilsonInterval.of(3, 4, 0)).isEqualTo(new WilsonInterval(0.75, 0.75));
    }

    @Test
    void the_interval_always_holds_the_share_and_stays_within_0_to_1() {
        for (long n = 1; n <= 300; n++) {
            for (long k = 0; k <= n; k++) {
                WilsonInterval interval = WilsonInterval.of(k, n, WilsonInterval.Z_95);
                double share = (double) k / n;
                assertThat(interval.low()).as("low of %d/%d", k, n).isBetween(0.0, share);
                assertThat(interval.high()).as("high of %d/%d", k, n).isBetween(share, 1.0);
            }
            assertThat(WilsonInterval.of(0, n, WilsonInterval.Z_95).low()).isZero();
            assertThat(WilsonInterval.of(n, n, WilsonInterval.Z_95).high()).isEqualTo(1.0);
        }
    }

    @ParameterizedTest(name = "{0} of {1} at z {2} is refused")
    @CsvSource({"-1, 10, 1.96", "11, 10, 1.96", "1, -1, 1.96", "1, 10, -0.5"})
    void a_sample_needs_successes_within_trials_and_a_non_negative_z(long successes, long trials, double z) {
        assertThatThrownBy(() -> WilsonInterval.of(successes, trials, z)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{0}, {1}] is refused")
    @CsvSource({"-0.1, 0.5", "0.6, 0.5", "0.5, 1.1"})
    void an_interval_lies_within_0_to_1_in_order(double low, double high) {
        assertThatThrownBy(() -> new WilsonInterval(low, high)).isInstanceOf(IllegalArgumentException.class);
    }
}
