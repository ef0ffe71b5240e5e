package kr.co.whaling.adapter.out.csv;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import kr.co.whaling.application.coin.contract.LoadCurrentPricesPortContract;
import kr.co.whaling.application.coin.contract.LoadDailyClosesPortContract;
import kr.co.whaling.application.coin.contract.LoadMarketsPortContract;
import kr.co.whaling.application.coin.contract.LoadPriceAtPortContract;
import kr.co.whaling.application.coin.contract.LoadPriceNowPortContract;
import kr.co.whaling.application.coin.contract.RecordedExchange;
import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The CSV source passes the whole price-source contract kit, over files written in a fresh directory. */
class CsvPriceAdapterContractTest {

    /** Files on a local disk are there or not, readable or not; they do not hang. */
    private static final Set<Failure> FAILURES = EnumSet.of(Failure.DOWN, Failure.NONSENSE);

    @TempDir
    Path directory;

    @Nested
    class Markets extends LoadMarketsPortContract {
        @Override
        protected LoadMarketsPort sourceOf(RecordedExchange exchange) {
            return RecordedCsvDirectory.sourceOf(exchange, directory);
        }

        @Override
        protected Set<Failure> failuresItCanHave() {
            return FAILURES;
        }
    }

    @Nested
    class CurrentPrices extends LoadCurrentPricesPortContract {
        @Override
        protected LoadCurrentPricesPort sourceOf(RecordedExchange exchange) {
            return RecordedCsvDirectory.sourceOf(exchange, directory);
        }

        @Override
        protected Set<Failure> failuresItCanHave() {
            return FAILURES;
        }
    }

    @Nested
    class PriceNow extends LoadPriceNowPortContract {
        @Override
        protected LoadPriceNowPort sourceOf(RecordedExchange exchange) {
            return RecordedCsvDirectory.sourceOf(exchange, directory);
        }

        @Override
        protected Set<Failure> failuresItCanHave() {
            return FAILURES;
        }
    }

    @Nested
    class PriceAt extends LoadPriceAtPortContract {
        @Override
        protected LoadPriceAtPort sourceOf(RecordedExchange exchange) {
            return RecordedCsvDirectory.sourceOf(exchange, directory);
        }

        @Override
        protected Set<Failure> failuresItCanHave() {
            return FAILURES;
        }
    }

    @Nested
    class DailyCloses extends LoadDailyClosesPortContract {
        @Override
        protected LoadDailyClosesPort sourceOf(RecordedExchange exchange) {
            return RecordedCsvDirectory.sourceOf(exchange, directory);
        }

        @Override
        protected Set<Failure> failuresItCanHave() {
            return FAILURES;
        }
    }
}
