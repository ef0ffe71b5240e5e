package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
@Import(StatementRecorder.Configuration.class)
class DailyClosePersistenceAdapterTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2024-01-01");

    @Autowired
    DailyClosePersistenceAdapter adapter;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private CoinCode btc;
    private CoinCode shib;

    @BeforeEach
    void freshCoins() {
        TestDatabase.deleteAllRows(dataSource);
        btc = fixtures.coin("BTC", "비트코인");
        shib = fixtures.coin("SHIB", "시바이누");
    }

    private static DailyClose close(String day, String price) {
        return new DailyClose(LocalDate.parse(day), Prices.krw(price));
    }

    private static DailyCloses closes(DailyClose... closes) {
        return DailyCloses.of(List.of(closes));
    }

    @Test
    void closes_are_kept_exactly_per_coin_and_read_back_oldest_first_within_the_days_asked() {
        adapter.storeDailyCloses(btc, closes(close("2024-01-03", "143250000"), close("2024-01-01", "12345678901234567.123456789012345678"),
                close("2024-01-02", "140000000.5")));
        adapter.storeDailyCloses(shib, closes(close("2024-01-02", "0.00000123")));

        assertThat(adapter.loadStoredDailyCloses(btc, JAN_1, LocalDate.parse("2024-01-03")).closes()).containsExactly(
                close("2024-01-01", "12345678901234567.123456789012345678"), close("2024-01-02", "140000000.5"),
                close("2024-01-03", "143250000"));
        assertThat(adapter.loadStoredDailyCloses(btc, LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-02"))
                .closes()).containsExactly(close("2024-01-02", "140000000.5"));
        assertThat(adapter.loadStoredDailyCloses(shib, JAN_1, LocalDate.parse("2024-12-31")).closes())
                .containsExactly(close("2024-01-02", "0.00000123"));
        assertThat(adapter.loadStoredDailyCloses(btc, LocalDate.parse("2024-01-04"), LocalDate.parse("2024-12-31"))
                .closes()).isEmpty();
    }

    @Test
    void the_latest_stored_day_is_the_coins_own() {
        assertThat(adapter.latestStoredDay(btc)).isEmpty();

        adapter.storeDailyCloses(btc, closes(close("2024-01-01", "100"), close("2024-01-05", "105")));
        adapter.storeDailyCloses(shib, closes(close("2024-02-01", "0.01")));

        assertThat(adapter.latestStoredDay(btc)).contains(LocalDate.parse("2024-01-05"));
        assertThat(adapter.latestStoredDay(shib)).contains(LocalDate.parse("2024-02-01"));
    }

    @Test
    void storing_again_replaces_a_stored_days_close_and_adds_the_new_days() {
        adapter.storeDailyCloses(btc, closes(close("2024-01-01", "100"), close("2024-01-02", "101")));

        adapter.storeDailyCloses(btc, closes(close("2024-01-02", "0.5"), close("2024-01-03", "103")));

        assertThat(adapter.loadStoredDailyCloses(btc, JAN_1, LocalDate.parse("2024-01-31")).closes()).containsExactly(
                close("2024-01-01", "100"), close("2024-01-02", "0.5"), close("2024-01-03", "103"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM daily_closes", Integer.class)).isEqualTo(3);
        adapter.storeDailyCloses(btc, closes());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM daily_closes", Integer.class)).isEqualTo(3);
    }

    @Test
    void a_years_history_is_stored_in_one_batch_and_read_in_one_query() {
        List<DailyClose> year = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            year.add(new DailyClose(JAN_1.plusDays(i), Prices.krw(String.valueOf(1000 + i))));
        }

        List<String> stored = StatementRecorder.record(() -> adapter.storeDailyCloses(btc, DailyCloses.of(year)));
        List<DailyClose> read = new ArrayList<>();
        List<String> loaded = StatementRecorder.record(() -> read.addAll(
                adapter.loadStoredDailyCloses(btc, JAN_1, JAN_1.plusDays(399)).closes()));

        assertThat(stored).hasSize(1).allSatisfy(sql -> assertThat(sql).startsWith("INSERT INTO daily_closes"));
        assertThat(loaded).hasSize(1);
        assertThat(read).containsExactlyElementsOf(year);
        // 2024 is a leap year: day 399 after Jan 1, 2024 is Feb 3, 2025.
        assertThat(adapter.latestStoredDay(btc)).contains(LocalDate.parse("2025-02-03"));
    }
}
