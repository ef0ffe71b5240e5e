package kr.co.whaling.application.coin.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of {@link LoadDailyClosesPort}: the closes of the days from {@code from} to
 * {@code to}, both included, oldest first, however many (a source that pages must page), and a
 * failure only ever as {@code PriceSourceUnavailableException}, never as a history without days.
 * See {@link PriceSourceContract} for how to run it.
 */
public abstract class LoadDailyClosesPortContract extends PriceSourceContract<LoadDailyClosesPort> {

    private static final CoinCode BTC = new CoinCode("BTC");
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private static DailyClose close(LocalDate date, String close) {
        return new DailyClose(date, Prices.krw(close));
    }

    /** BTC closing at 100,000,000 + day index on each of the 5 days from 2024-01-01. */
    private static RecordedExchange fiveDays() {
        RecordedExchange exchange = new RecordedExchange();
        for (int day = 0; day < 5; day++) {
            exchange.dailyClose("BTC", JAN_1.plusDays(day), String.valueOf(100_000_000 + day));
        }
        return exchange;
    }

    @Test
    void the_days_from_from_to_to_are_answered_both_included_oldest_first() {
        DailyCloses closes = sourceOf(fiveDays()).loadDailyCloses(BTC, JAN_1.plusDays(1), JAN_1.plusDays(3));

        assertThat(closes.closes()).containsExactly(
                close(JAN_1.plusDays(1), "100000001"),
                close(JAN_1.plusDays(2), "100000002"),
                close(JAN_1.plusDays(3), "100000003"));
    }

    @Test
    void one_day_is_asked_with_from_equal_to_to() {
        DailyCloses closes = sourceOf(fiveDays()).loadDailyCloses(BTC, JAN_1.plusDays(4), JAN_1.plusDays(4));

        assertThat(closes.closes()).containsExactly(close(JAN_1.plusDays(4), "100000004"));
    }

    @Test
    void a_day_without_a_close_is_simply_missing() {
        RecordedExchange exchange = new RecordedExchange()
                .dailyClose("BTC", JAN_1, "100")
                .dailyClose("BTC", JAN_1.plusDays(2), "102");

        DailyCloses closes = sourceOf(exchange).loadDailyCloses(BTC, JAN_1, JAN_1.plusDays(2));

        assertThat(closes.closes()).containsExactly(close(JAN_1, "100"), close(JAN_1.plusDays(2), "102"));
        assertThat(closes.closeOn(JAN_1.plusDays(1))).isEmpty();
    }

    @Test
    void a_coin_listed_after_to_has_an_empty_history() {
        DailyCloses closes = sourceOf(fiveDays()).loadDailyCloses(BTC, JAN_1.minusDays(30), JAN_1.minusDays(1));

        assertThat(closes.closes()).isEmpty();
    }

    @Test
    void a_coin_the_source_does_not_know_has_an_empty_history() {
        DailyCloses closes = sourceOf(fiveDays()).loadDailyCloses(new CoinCode("GONE"), JAN_1, JAN_1.plusDays(4));

        assertThat(closes.closes()).isEmpty();
    }

    @Test
    void a_long_history_is_answered_whole_however_the_source_pages_it() {
        RecordedExchange exchange = new RecordedExchange();
        IntStream.range(0, 450).forEach(day ->
                exchange.dailyClose("BTC", JAN_1.plusDays(day), String.valueOf(50_000_000 + day)));

        DailyCloses closes = sourceOf(exchange).loadDailyCloses(BTC, JAN_1.plusDays(10), JAN_1.plusDays(439));

        assertThat(closes.closes()).hasSize(430);
        assertThat(closes.closes().get(0)).isEqualTo(close(JAN_1.plusDays(10), "50000010"));
        assertThat(closes.closes().get(429)).isEqualTo(close(JAN_1.plusDays(439), "50000439"));
        assertThat(closes.closes()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(JAN_1.plusDays(439));
    }

    @Test
    void closes_far_below_one_krw_are_exact() {
        RecordedExchange exchange = new RecordedExchange()
                .dailyClose("PEPE", JAN_1, "0.000012345678")
                .dailyClose("PEPE", JAN_1.plusDays(1), "0.0000123");

        DailyCloses closes = sourceOf(exchange).loadDailyCloses(new CoinCode("PEPE"), JAN_1, JAN_1.plusDays(1));

        assertThat(closes.closes()).containsExactly(
                close(JAN_1, "0.000012345678"), close(JAN_1.plusDays(1), "0.0000123"));
    }

    @ParameterizedTest(name = "a close of {0}")
    @ValueSource(strings = {"0", "0.0000000000000000000000001"})
    void a_close_that_cannot_be_kept_exactly_is_reported_unavailable_never_left_out(String unusable) {
        RecordedExchange exchange = new RecordedExchange()
                .dailyClose("BTC", JAN_1, "100")
                .dailyClose("BTC", JAN_1.plusDays(1), unusable);
        LoadDailyClosesPort source = sourceOf(exchange);

        assertThatThrownBy(() -> source.loadDailyCloses(BTC, JAN_1, JAN_1.plusDays(1)))
                .isInstanceOf(PriceSourceUnavailableException.class);
    }

    @ParameterizedTest(name = "a source that is {0}")
    @EnumSource(Failure.class)
    void a_failing_source_is_reported_unavailable_never_as_a_history_without_days(Failure how) {
        LoadDailyClosesPort source = failingSource(fiveDays(), how);

        assertUnavailable(how, () -> source.loadDailyCloses(BTC, JAN_1, JAN_1.plusDays(4)));
    }
}
