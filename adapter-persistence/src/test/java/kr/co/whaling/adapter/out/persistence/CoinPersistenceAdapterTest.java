package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class CoinPersistenceAdapterTest {

    private static final CoinCode BTC = new CoinCode("BTC");
    private static final CoinCode SHIB = new CoinCode("SHIB");
    private static final CoinCode XRP = new CoinCode("XRP");
    private static final Instant T0 = Instant.parse("2024-05-06T07:08:09.123456Z");

    @Autowired
    CoinPersistenceAdapter adapter;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
    }

    private static Market market(CoinCode code, String koreanName, boolean warning) {
        return new Market(code, koreanName, code.value() + " english", "https://img/" + code.value(), warning);
    }

    @Test
    void the_catalog_follows_the_listed_markets() {
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(XRP, "리플", false)), Set.of());

        Coin btc = adapter.loadCoin(BTC).orElseThrow();
        assertThat(btc.koreanName()).isEqualTo("비트코인");
        assertThat(btc.englishName()).isEqualTo("BTC english");
        assertThat(btc.imageUrl()).isEqualTo("https://img/BTC");
        assertThat(btc.acceptsNewVotes()).isTrue();
        assertThat(btc.latestQuote()).isEmpty();

        adapter.saveCatalog(List.of(new Market(BTC, "비트코인2", "Bitcoin", "https://img/new", true),
                market(SHIB, "시바이누", false)), Set.of());

        Coin updated = adapter.loadCoin(BTC).orElseThrow();
        assertThat(updated.koreanName()).isEqualTo("비트코인2");
        assertThat(updated.englishName()).isEqualTo("Bitcoin");
        assertThat(updated.imageUrl()).isEqualTo("https://img/new");
        assertThat(updated.warning()).isTrue();
        assertThat(updated.listed()).isTrue();
        assertThat(adapter.loadCoin(XRP).orElseThrow().listed()).isFalse();
        assertThat(adapter.loadCoin(SHIB).orElseThrow().listed()).isTrue();

        adapter.saveCatalog(List.of(market(XRP, "리플", false)), Set.of());
        assertThat(adapter.loadCoin(XRP).orElseThrow().acceptsNewVotes()).isTrue();
        assertThat(adapter.loadCoin(BTC).orElseThrow().listed()).isFalse();

        adapter.saveCatalog(List.of(), Set.of());
        assertThat(adapter.searchListedCoins("")).isEmpty();
    }

    @Test
    void prices_are_kept_exactly_and_an_older_quote_never_replaces_a_newer_one() {
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(SHIB, "시바이누", false)), Set.of());

        adapter.saveLatestPrices(List.of(new PriceQuote(BTC, Prices.krw("143250000"), T0),
                new PriceQuote(SHIB, Prices.krw("0.00000123"), T0),
                new PriceQuote(XRP, Prices.krw("700"), T0)));

        assertThat(adapter.loadCoin(BTC).orElseThrow().latestQuote())
                .contains(new PriceQuote(BTC, Prices.krw("143250000"), T0));
        assertThat(adapter.loadCoin(SHIB).orElseThrow().latestQuote())
                .contains(new PriceQuote(SHIB, Prices.krw("0.00000123"), T0));
        assertThat(adapter.loadCoin(XRP)).isEmpty();

        adapter.saveLatestPrices(List.of(new PriceQuote(BTC, Prices.krw("1"), T0.minusSeconds(1)),
                new PriceQuote(SHIB, Prices.krw("0.5"), T0.plusSeconds(1))));

        assertThat(adapter.loadCoin(BTC).orElseThrow().latestQuote().orElseThrow().price()).isEqualTo(Prices.krw("143250000"));
        assertThat(adapter.loadCoin(SHIB).orElseThrow().latestQuote())
                .contains(new PriceQuote(SHIB, Prices.krw("0.5"), T0.plusSeconds(1)));

        // A catalog refresh keeps the quotes.
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(SHIB, "시바이누", false)), Set.of());
        assertThat(adapter.loadCoin(BTC).orElseThrow().latestQuote()).isPresent();
        adapter.saveLatestPrices(List.of());
    }

    @Test
    void listed_coins_are_found_by_part_of_their_code_or_korean_name_ignoring_case() {
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(new CoinCode("BCH"), "비트코인캐시", false),
                market(XRP, "리플", false), market(SHIB, "시바이누", true)), Set.of());
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(new CoinCode("BCH"), "비트코인캐시", false),
                market(SHIB, "시바이누", true)), Set.of());

        assertThat(adapter.searchListedCoins("bt")).extracting(Coin::code).containsExactly(BTC);
        assertThat(adapter.searchListedCoins("비트코인")).extracting(coin -> coin.code().value())
                .containsExactly("BCH", "BTC");
        assertThat(adapter.searchListedCoins(" b ")).extracting(coin -> coin.code().value()).containsExactly("BCH", "BTC",
                "SHIB");
        assertThat(adapter.searchListedCoins("")).extracting(coin -> coin.code().value())
                .containsExactly("BCH", "BTC", "SHIB");
        assertThat(adapter.searchListedCoins(null)).hasSize(3);
        assertThat(adapter.searchListedCoins("리플")).isEmpty();
        assertThat(adapter.searchListedCoins("%")).isEmpty();
        assertThat(adapter.searchListedCoins("_")).isEmpty();
    }

    @Test
    void a_listed_coin_whose_entry_was_refused_stays_as_it_was_neither_updated_nor_unlisted() {
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(XRP, "리플", false)), Set.of());

        adapter.saveCatalog(List.of(market(BTC, "비트코인", false)), Set.of(XRP, SHIB));

        Coin xrp = adapter.loadCoin(XRP).orElseThrow();
        assertThat(xrp.listed()).isTrue();
        assertThat(xrp.koreanName()).isEqualTo("리플");
        assertThat(adapter.loadCoin(SHIB)).as("a coin never listed is not added from a refused entry").isEmpty();

        adapter.saveCatalog(List.of(), Set.of(XRP));
        assertThat(adapter.loadCoin(BTC).orElseThrow().listed()).isFalse();
        assertThat(adapter.loadCoin(XRP).orElseThrow().listed()).isTrue();
    }

    @Test
    void the_largest_and_the_finest_price_the_game_takes_are_stored_exactly() {
        adapter.saveCatalog(List.of(market(BTC, "비트코인", false), market(SHIB, "시바이누", false)), Set.of());
        Price largest = Prices.krw("99999999999999999999.999999999999999999");
        Price finest = Prices.krw("0.000000000000000001");

        adapter.saveLatestPrices(List.of(new PriceQuote(BTC, largest, T0), new PriceQuote(SHIB, finest, T0)));

        assertThat(adapter.loadCoin(BTC).orElseThrow().latestQuote().orElseThrow().price()).isEqualTo(largest);
        assertThat(adapter.loadCoin(SHIB).orElseThrow().latestQuote().orElseThrow().price()).isEqualTo(finest);
        assertThat(largest.value().precision() - largest.value().scale()).isEqualTo(Price.MAX_INTEGER_DIGITS);
        assertThat(finest.value().scale()).isEqualTo(Price.MAX_DECIMALS);
    }

    @Test
    void a_market_name_as_long_as_the_game_takes_is_stored_whole() {
        String longest = "가".repeat(Market.MAX_NAME_LENGTH);

        adapter.saveCatalog(List.of(new Market(BTC, longest, "B".repeat(Market.MAX_NAME_LENGTH), null, false)),
                Set.of());

        assertThat(adapter.loadCoin(BTC).orElseThrow().koreanName()).isEqualTo(longest);
    }
}
