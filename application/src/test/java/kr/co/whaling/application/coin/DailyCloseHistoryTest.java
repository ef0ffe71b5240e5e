package kr.co.whaling.application.coin;

import static kr.co.whaling.application.Fixtures.BTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DailyCloseHistoryTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final LocalDate YESTERDAY = LocalDate.parse("2025-03-09");
    // 365 days before 2025-03-10: the first day of the standard lookback.
    private static final LocalDate LOOKBACK_START = LocalDate.parse("2024-03-10");

    @Mock
    private LoadDailyClosesPort source;

    private final StoredDailyCloses store = new StoredDailyCloses();
    private DailyCloseHistory history;

    @BeforeEach
    void setUp() {
        history = new DailyCloseHistory(source, store, BaseRatePolicy.standard());
    }

    private static DailyClose close(String day, String price) {
        return new DailyClose(LocalDate.parse(day), Prices.krw(price));
    }

    /** One close a day from {@code first} to {@code last}, each day's price its day of the month. */
    private static List<DailyClose> everyDay(LocalDate first, LocalDate last) {
        List<DailyClose> closes = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            closes.add(new DailyClose(day, Prices.krw(String.valueOf(day.getDayOfMonth()))));
        }
        return closes;
    }

    @Test
    void history_whose_latest_day_is_yesterday_is_read_from_the_store_without_asking_the_source() {
        store.given(BTC, everyDay(LocalDate.parse("2024-03-01"), YESTERDAY));

        DailyCloses closes = history.closesFor(BTC, TODAY);

        verifyNoInteractions(source);
        assertThat(closes.closes()).hasSize(365);
        assertThat(closes.closes().get(0).date()).isEqualTo(LOOKBACK_START);
        assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(YESTERDAY);
    }

    @Test
    void stale_history_fetches_from_its_latest_day_to_yesterday_once_stores_it_and_returns_it() {
        store.given(BTC, everyDay(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-07")));
        when(source.loadDailyCloses(BTC, LocalDate.parse("2025-03-07"), YESTERDAY)).thenReturn(DailyCloses.of(List.of(
                close("2025-03-07", "7.5"), close("2025-03-08", "8"), close("2025-03-09", "9"))));

        DailyCloses closes = history.closesFor(BTC, TODAY);

        assertThat(closes.closes()).hasSize(31 + 28 + 9);
        assertThat(closes.closeOn(LocalDate.parse("2025-03-07"))).as("the latest stored day's close is replaced")
                .contains(Prices.krw("7.5"));
        assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(YESTERDAY);
        assertThat(store.stores()).isEqualTo(1);
    }

    @Test
    void a_coin_with_nothing_stored_fetches_four_hundred_days_and_returns_the_last_365() {
        when(source.loadDailyCloses(BTC, LocalDate.parse("2024-02-04"), YESTERDAY))
                .thenReturn(DailyCloses.of(everyDay(LocalDate.parse("2024-02-04"), YESTERDAY)));

        DailyCloses closes = history.closesFor(BTC, TODAY);

        assertThat(closes.closes()).hasSize(365);
        assertThat(closes.closes().get(0).date()).isEqualTo(LOOKBACK_START);
        assertThat(store.loadStoredDailyCloses(BTC, LocalDate.MIN, LocalDate.MAX).closes()).hasSize(400);
    }

    @Test
    void a_new_listing_the_source_has_no_candle_for_has_an_empty_history() {
        when(source.loadDailyCloses(any(), any(), any())).thenReturn(DailyCloses.of(List.of()));

        assertThat(history.closesFor(BTC, TODAY).closes()).isEmpty();
    }

    @Test
    void when_the_fetch_fails_the_stored_history_is_returned_stale_but_real() {
        store.given(BTC, everyDay(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-05")));
        when(source.loadDailyCloses(BTC, LocalDate.parse("2025-03-05"), YESTERDAY))
                .thenThrow(new PriceSourceUnavailableException("Upbit answered 500"));

        DailyCloses closes = history.closesFor(BTC, TODAY);

        assertThat(closes.closes()).hasSize(31 + 28 + 5);
        assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(LocalDate.parse("2025-03-05"));
        assertThat(store.stores()).isZero();
    }

    @Test
    void when_the_fetch_fails_and_nothing_is_stored_the_price_is_unavailable_never_an_empty_history() {
        when(source.loadDailyCloses(BTC, LocalDate.parse("2024-02-04"), YESTERDAY))
                .thenThrow(new PriceSourceUnavailableException("Upbit timed out"));

        assertThatThrownBy(() -> history.closesFor(BTC, TODAY)).isInstanceOf(PriceUnavailableException.class)
                .hasMessageContaining("Upbit timed out")
                .satisfies(e -> assertThat(((PriceUnavailableException) e).coinCode()).isEqualTo(BTC));
        assertThat(store.stores()).isZero();
    }

    @Test
    void when_the_fetch_fails_and_only_days_before_the_lookback_are_stored_the_price_is_unavailable() {
        store.given(BTC, everyDay(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31")));
        when(source.loadDailyCloses(BTC, LocalDate.parse("2024-02-04"), YESTERDAY))
                .thenThrow(new PriceSourceUnavailableException("circuit open"));

        assertThatThrownBy(() -> history.closesFor(BTC, TODAY)).isInstanceOf(PriceUnavailableException.class);
    }

    @Test
    void a_refresh_fetches_the_latest_stored_day_again_since_its_candle_may_have_moved_on() {
        store.given(BTC, List.of(close("2025-03-09", "9")));
        when(source.loadDailyCloses(BTC, YESTERDAY, YESTERDAY)).thenReturn(DailyCloses.of(List.of(close("2025-03-09", "9.25"))));

        assertThat(history.refresh(BTC, TODAY)).isEqualTo(1);

        assertThat(store.loadStoredDailyCloses(BTC, YESTERDAY, YESTERDAY).closes())
                .containsExactly(close("2025-03-09", "9.25"));
    }

    @Test
    void a_refresh_after_a_long_pause_fetches_no_further_back_than_a_first_fetch() {
        store.given(BTC, List.of(close("2023-06-01", "1")));
        when(source.loadDailyCloses(BTC, LocalDate.parse("2024-02-04"), YESTERDAY))
                .thenReturn(DailyCloses.of(List.of(close("2025-03-09", "9"))));

        assertThat(history.refresh(BTC, TODAY)).isEqualTo(1);
        verify(source).loadDailyCloses(BTC, LocalDate.parse("2024-02-04"), YESTERDAY);
    }
}
