package kr.co.whaling.adapter.out.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort.MarketListing;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the CSV source does beyond the contract kit: its clock, its format, its files. */
class CsvPriceAdapterTest {

    private static final CoinCode BTC = new CoinCode("BTC");
    private static final Path SAMPLE = Path.of("src", "test", "resources", "sample");

    @TempDir
    Path directory;

    private CsvPriceAdapter sourceAt(String now) {
        return CsvPriceAdapter.create(directory, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private void file(String name, String... lines) throws IOException {
        Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n");
    }

    @Nested
    class TheSampleSet {

        private final CsvPriceAdapter sample = CsvPriceAdapter.create(SAMPLE,
                Clock.fixed(Instant.parse("2026-03-02T14:59:30Z"), ZoneOffset.UTC));

        @Test
        void lists_bitcoin_and_ethereum() {
            assertThat(sample.loadMarkets().markets())
                    .extracting(m -> m.code().value(), Market::koreanName, Market::englishName, Market::warning)
                    .containsExactly(tuple("BTC", "비트코인", "Bitcoin", false),
                            tuple("ETH", "이더리움", "Ethereum", false));
        }

        @Test
        void quotes_the_minute_before_now_and_closes_each_seoul_day_on_its_last_minute() {
            // 2026-03-02T14:59Z is 23:59 in Seoul: the last minute of 2026-03-02 there.
            PriceQuote now = new PriceQuote(BTC, Prices.krw("82844000"), Instant.parse("2026-03-02T14:59:00Z"));

            assertThat(sample.loadPriceNow(BTC)).contains(now);
            assertThat(sample.loadDailyCloses(BTC, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).closes())
                    .containsExactly(new DailyClose(LocalDate.of(2026, 3, 2), Prices.krw("82844000")));
        }

        @Test
        void holds_four_hundred_daily_closes_per_coin() {
            DailyCloses closes = sample.loadDailyCloses(new CoinCode("ETH"), LocalDate.of(2000, 1, 1),
                    LocalDate.of(2100, 1, 1));

            assertThat(closes.closes()).hasSize(400);
            assertThat(closes.closes().get(0).date()).isEqualTo(LocalDate.of(2025, 1, 29));
            assertThat(closes.closes()).last().extracting(DailyClose::date).isEqualTo(LocalDate.of(2026, 3, 4));
        }
    }

    @Nested
    class TheClock {

        @Test
        void the_current_price_is_the_latest_minute_at_or_before_now_never_a_later_one() throws IOException {
            file("KRW-BTC.minutes.csv", "start_utc,close",
                    "2024-01-01T00:02:00Z,102",
                    "2024-01-01T00:00:00Z,100",
                    "2024-01-01T00:01:00Z,101.5");

            assertThat(sourceAt("2024-01-01T00:01:59Z").loadPriceNow(BTC)).contains(
                    new PriceQuote(BTC, Prices.krw("101.5"), Instant.parse("2024-01-01T00:01:00Z")));
            assertThat(sourceAt("2024-01-01T00:02:00Z").loadCurrentPrices(List.of(BTC)).quotes()).containsExactly(
                    new PriceQuote(BTC, Prices.krw("102"), Instant.parse("2024-01-01T00:02:00Z")));
        }

        @Test
        void before_the_first_recorded_minute_there_is_no_current_price() throws IOException {
            file("KRW-BTC.minutes.csv", "start_utc,close", "2024-01-01T00:00:00Z,100");
            CsvPriceAdapter source = sourceAt("2023-12-31T23:59:59Z");

            assertThat(source.loadPriceNow(BTC)).isEmpty();
            assertThat(source.loadCurrentPrices(List.of(BTC)).quotes()).isEmpty();
        }
    }

    @Nested
    class TheFormat {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "2024-01-01T00:01:00Z",
                "2024-01-01T00:01:00Z,101,extra",
                "yesterday,101",
                "2024-01-01 00:01,101",
                "2024-01-01T00:01:30Z,101",
                "2024-01-01T00:01:00Z,a lot",
                "2024-01-01T00:01:00Z,1.0.1",
                "2024-01-01T00:00:00Z,100",
                "\"2024-01-01T00:01:00Z,101"})
        void one_malformed_line_makes_the_file_unusable_for_every_price(String line) throws IOException {
            file("KRW-BTC.minutes.csv", "start_utc,close", "2024-01-01T00:00:00Z,100", line);
            CsvPriceAdapter source = sourceAt("2024-01-01T00:05:00Z");

            assertThatThrownBy(() -> source.loadPriceNow(BTC)).isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("KRW-BTC.minutes.csv line 3");
            assertThatThrownBy(() -> source.loadCurrentPrices(List.of(BTC)))
                    .isInstanceOf(PriceSourceUnavailableException.class);
            assertThat(source.loadLatestCandleAtOrBefore(BTC, Instant.parse("2024-01-01T00:00:00Z")))
                    .isInstanceOfSatisfying(CandleLookup.Failed.class,
                            failed -> assertThat(failed.reason()).contains("KRW-BTC.minutes.csv line 3"));
        }

        @Test
        void a_file_without_its_header_is_malformed() throws IOException {
            file("KRW-BTC.days.csv", "date,close", "2024-01-01,100");

            assertThatThrownBy(() -> sourceAt("2024-01-02T00:00:00Z").loadDailyCloses(BTC,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))
                    .isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("header 'date_kst,close'");
        }

        @Test
        void a_byte_order_mark_quoted_names_and_blank_lines_are_read() throws IOException {
            file("markets.csv", "\uFEFFcode,korean_name,english_name,warning",
                    "BCH,비트코인 캐시,\"Bitcoin Cash, the \"\"big block\"\" one\",TRUE",
                    "",
                    " ETH , 이더리움 , Ethereum , false ");

            assertThat(sourceAt("2024-01-01T00:00:00Z").loadMarkets().markets())
                    .extracting(m -> m.code().value(), Market::koreanName, Market::englishName, Market::warning)
                    .containsExactly(tuple("BCH", "비트코인 캐시", "Bitcoin Cash, the \"big block\" one", true),
                            tuple("ETH", "이더리움", "Ethereum", false));
        }

        @Test
        void each_market_line_is_read_on_its_own() throws IOException {
            file("markets.csv", "code,korean_name,english_name,warning",
                    "BTC,비트코인,Bitcoin,false",
                    "btc!,나쁨,Bad,false",
                    "XYZ,엑스와이지,Xyz,maybe",
                    "ONLY,셋,Three",
                    "BTC,비트코인,Bitcoin again,false",
                    "ETH,이더리움,Ethereum,true");

            MarketListing listing = sourceAt("2024-01-01T00:00:00Z").loadMarkets();

            assertThat(listing.markets()).extracting(m -> m.code().value()).containsExactly("BTC", "ETH");
            assertThat(listing.refusedCodes()).containsExactly(new CoinCode("XYZ"));
            assertThat(listing.skipped()).extracting(SkippedItem::identity).containsExactly(
                    "markets.csv line 3", "markets.csv line 4 (XYZ)", "markets.csv line 5", "markets.csv line 6 (BTC)");
        }

        @Test
        void a_missing_market_list_is_a_source_that_cannot_answer() {
            assertThatThrownBy(() -> sourceAt("2024-01-01T00:00:00Z").loadMarkets())
                    .isInstanceOf(PriceSourceUnavailableException.class).hasMessageContaining("no markets.csv");
        }

        @Test
        void a_coin_without_files_simply_has_no_prices() {
            CsvPriceAdapter source = sourceAt("2024-01-01T00:00:00Z");

            assertThat(source.loadPriceNow(BTC)).isEmpty();
            assertThat(source.loadLatestCandleAtOrBefore(BTC, Instant.EPOCH)).isEqualTo(CandleLookup.noCandle());
            assertThat(source.loadDailyCloses(BTC, LocalDate.EPOCH, LocalDate.EPOCH).closes()).isEmpty();
            assertThat(source.isAvailable()).isTrue();
        }
    }

    @Nested
    class TheFiles {

        @Test
        void a_file_that_changed_is_read_again() throws IOException {
            file("KRW-BTC.minutes.csv", "start_utc,close", "2024-01-01T00:00:00Z,100");
            CsvPriceAdapter source = sourceAt("2024-01-01T00:05:00Z");
            assertThat(source.loadPriceNow(BTC)).map(PriceQuote::price).contains(Prices.krw("100"));

            file("KRW-BTC.minutes.csv", "start_utc,close", "2024-01-01T00:00:00Z,100", "2024-01-01T00:01:00Z,99.5");
            // Some file systems keep modification times to the second: the size alone tells the change here.
            Files.setLastModifiedTime(directory.resolve("KRW-BTC.minutes.csv"), FileTime.from(Instant.EPOCH));

            assertThat(source.loadLatestCandleAtOrBefore(BTC, Instant.parse("2024-01-01T00:05:00Z")))
                    .isEqualTo(CandleLookup.found(new MinuteCandle(BTC, Instant.parse("2024-01-01T00:01:00Z"),
                            Prices.krw("99.5"))));
        }

        @Test
        void a_file_that_cannot_be_read_is_a_source_that_cannot_answer() throws IOException {
            Files.createDirectory(directory.resolve("KRW-BTC.minutes.csv"));
            CsvPriceAdapter source = sourceAt("2024-01-01T00:05:00Z");

            assertThatThrownBy(() -> source.loadPriceNow(BTC)).isInstanceOf(PriceSourceUnavailableException.class)
                    .hasMessageContaining("cannot read");
            assertThat(source.loadLatestCandleAtOrBefore(BTC, Instant.EPOCH)).isInstanceOf(CandleLookup.Failed.class);
        }

        @Test
        void a_missing_directory_is_a_source_that_is_down() {
            CsvPriceAdapter source = CsvPriceAdapter.create(directory.resolve("not-mounted"), Clock.systemUTC());

            assertThat(source.isAvailable()).isFalse();
            assertThatThrownBy(() -> source.loadCurrentPrices(List.of(BTC)))
                    .isInstanceOf(PriceSourceUnavailableException.class).hasMessageContaining("not-mounted");
        }
    }
}
