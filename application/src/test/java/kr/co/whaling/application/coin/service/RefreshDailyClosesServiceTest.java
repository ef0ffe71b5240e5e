package kr.co.whaling.application.coin.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.ETH;
import static kr.co.whaling.application.Fixtures.listedCoin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.StoredDailyCloses;
import kr.co.whaling.application.coin.model.DailyClosesReport;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RefreshDailyClosesServiceTest {

    private static final CoinCode XRP = new CoinCode("XRP");
    // 00:30 on 2025-03-10 in Seoul, still 2025-03-09 in UTC: today is Seoul's.
    private static final Clock JUST_AFTER_MIDNIGHT_IN_SEOUL = Clock.fixed(Instant.parse("2025-03-09T15:30:00Z"),
            ZoneOffset.UTC);
    private static final LocalDate YESTERDAY = LocalDate.parse("2025-03-09");

    @Mock
    private LoadCoinPort coins;
    @Mock
    private LoadDailyClosesPort source;

    private final StoredDailyCloses store = new StoredDailyCloses();

    private RefreshDailyClosesService service() {
        return new RefreshDailyClosesService(coins, new DailyCloseHistory(source, store, BaseRatePolicy.standard()),
                JUST_AFTER_MIDNIGHT_IN_SEOUL);
    }

    private static DailyClose close(String day, String price) {
        return new DailyClose(LocalDate.parse(day), Prices.krw(price));
    }

    @Test
    void every_listed_coin_is_brought_up_to_yesterday_in_seoul_and_one_failing_coin_is_skipped_alone() {
        when(coins.searchListedCoins("")).thenReturn(List.of(listedCoin(BTC), listedCoin(ETH), listedCoin(XRP)));
        store.given(BTC, List.of(close("2025-03-07", "100")));
        when(source.loadDailyCloses(BTC, LocalDate.parse("2025-03-07"), YESTERDAY)).thenReturn(DailyCloses.of(List.of(
                close("2025-03-07", "101"), close("2025-03-08", "102"), close("2025-03-09", "103"))));
        when(source.loadDailyCloses(ETH, LocalDate.parse("2024-02-04"), YESTERDAY))
                .thenThrow(new PriceSourceUnavailableException("Upbit answered 500"));
        when(source.loadDailyCloses(XRP, LocalDate.parse("2024-02-04"), YESTERDAY))
                .thenReturn(DailyCloses.of(List.of(close("2025-03-09", "0.5"))));

        DailyClosesReport report = service().refreshDailyCloses();

        assertThat(report).isEqualTo(new DailyClosesReport(2, 4, List.of(
                new SkippedItem(SkippedItem.Kind.DAILY_CLOSES, "ETH", "Upbit answered 500"))));
        assertThat(store.loadStoredDailyCloses(BTC, LocalDate.MIN, LocalDate.MAX).closes()).containsExactly(
                close("2025-03-07", "101"), close("2025-03-08", "102"), close("2025-03-09", "103"));
        assertThat(store.latestStoredDay(ETH)).isEmpty();
        assertThat(store.loadStoredDailyCloses(XRP, LocalDate.MIN, LocalDate.MAX).closes())
                .containsExactly(close("2025-03-09", "0.5"));
    }

    @Test
    void no_listed_coin_asks_nothing() {
        when(coins.searchListedCoins("")).thenReturn(List.of());

        assertThat(service().refreshDailyCloses()).isEqualTo(new DailyClosesReport(0, 0, List.of()));
        verifyNoInteractions(source);
    }
}
