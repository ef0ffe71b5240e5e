package kr.co.whaling.domain.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAccuracyTest {

    @ParameterizedTest(name = "{0} right of {1} with a verdict: {2}%")
    @CsvSource({
            "0, 0, 0.0",
            "0, 4, 0.0",
            "1, 3, 33.3",
            "2, 3, 66.7",
            "3, 3, 100.0",
            "7, 8, 87.5",
            "1, 8, 12.5",
            "1, 16, 6.3"
    })
    void service_accuracy_is_right_verdicts_over_verdicts_with_one_decimal(long right, long withVerdict,
                                                                           String percent) {
        assertThat(new ServiceAccuracy(right, withVerdict).percent().toPlainString()).isEqualTo(percent);
    }

    @Test
    void with_no_verdict_the_service_accuracy_is_0_0() {
        assertThat(ServiceAccuracy.NONE.percent().toPlainString()).isEqualTo("0.0");
    }

    @Test
    void counts_add_up() {
        assertThat(new ServiceAccuracy(1, 2).plus(new ServiceAccuracy(3, 5))).isEqualTo(new ServiceAccuracy(4, 7));
    }

    @Test
    void more_right_than_verdicts_is_refused() {
        assertThatThrownBy(() -> new ServiceAccuracy(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceAccuracy(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stats_hold_crowd_and_whale_figures_overall_per_coin_and_per_horizon() {
        AccuracyStats.Breakdown btc = new AccuracyStats.Breakdown(new ServiceAccuracy(2, 3), new ServiceAccuracy(1, 1));
        AccuracyStats stats = new AccuracyStats(btc, Map.of(new CoinCode("BTC"), btc), Map.of(Horizon.DAY, btc));

        assertThat(stats.byCoin().get(new CoinCode("BTC")).crowd().percent()).isEqualByComparingTo("66.7");
        assertThat(stats.byHorizon().get(Horizon.DAY).whale().percent()).isEqualByComparingTo("100.0");
        assertThat(AccuracyStats.Breakdown.NONE.crowd()).isEqualTo(ServiceAccuracy.NONE);
    }
}
