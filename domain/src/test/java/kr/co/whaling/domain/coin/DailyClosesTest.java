package kr.co.whaling.domain.coin;

import static kr.co.whaling.domain.testdata.Closes.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;

class DailyClosesTest {

    @Test
    void closes_are_kept_oldest_first_whatever_order_they_come_in() {
        DailyCloses closes = DailyCloses.of(List.of(close("2024-03-02", "3"), close("2024-02-29", "1"),
                close("2024-03-01", "2")));

        assertThat(closes.closes()).extracting(DailyClose::date).containsExactly(
                LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-02"));
        assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(LocalDate.parse("2024-03-02"));
    }

    @Test
    void a_missing_day_has_no_close() {
        DailyCloses closes = DailyCloses.of(List.of(close("2024-03-01", "2"), close("2024-03-03", "0.5")));

        assertThat(closes.closeOn(LocalDate.parse("2024-03-01"))).contains(Prices.krw("2"));
        assertThat(closes.closeOn(LocalDate.parse("2024-03-02"))).isEmpty();
        assertThat(closes.closeOn(LocalDate.parse("2024-03-03"))).contains(Prices.krw("0.5"));
    }

    @Test
    void two_closes_on_one_day_are_refused() {
        List<DailyClose> twice = List.of(close("2024-03-01", "2"), close("2024-03-01", "3"));

        assertThatThrownBy(() -> DailyCloses.of(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-01");
    }

    @Test
    void an_empty_history_has_no_close() {
        assertThat(DailyCloses.of(List.of()).closes()).isEmpty();
    }

    @Test
    void a_daily_close_needs_a_date_and_a_price() {
        assertThatThrownBy(() -> new DailyClose(null, Prices.krw("1"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DailyClose(LocalDate.parse("2024-03-01"), null))
                .isInstanceOf(NullPointerException.class);
    }
}
