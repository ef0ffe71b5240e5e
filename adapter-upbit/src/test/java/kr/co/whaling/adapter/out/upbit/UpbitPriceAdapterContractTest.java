package kr.co.whaling.adapter.out.upbit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import kr.co.whaling.application.coin.contract.LoadCurrentPricesPortContract;
import kr.co.whaling.application.coin.contract.LoadDailyClosesPortContract;
import kr.co.whaling.application.coin.contract.LoadMarketsPortContract;
import kr.co.whaling.application.coin.contract.LoadPriceAtPortContract;
import kr.co.whaling.application.coin.contract.LoadPriceNowPortContract;
import kr.co.whaling.application.coin.contract.RecordedExchange;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Upbit adapter passes the price-source contract kit, all five ports, against WireMock serving
 * the recorded exchange.
 */
class UpbitPriceAdapterContractTest {

    private static final RecordedUpbit RECORDED = new RecordedUpbit();

    @RegisterExtension
    static WireMockExtension upbit = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(RECORDED))
            .build();

    @BeforeEach
    void everyRequestIsAnsweredFromTheRecording() {
        upbit.stubFor(any(anyUrl()).willReturn(aResponse()));
    }

    /**
     * The adapter on the fake, with timeouts a cold client on a loaded machine still meets, yet far
     * below {@link RecordedExchange#HANG} even with every retry.
     */
    private static UpbitPriceAdapter sourceOf(RecordedExchange exchange) {
        RECORDED.serve(exchange);
        return UpbitPriceAdapter.create(UpbitSettings.fast(upbit.baseUrl(), "read-timeout=1s",
                "live-quote-timeout=2s", "daily-closes-timeout=3s"));
    }

    @Nested
    class Markets extends LoadMarketsPortContract {
        @Override
        protected LoadMarketsPort sourceOf(RecordedExchange exchange) {
            return UpbitPriceAdapterContractTest.sourceOf(exchange);
        }
    }

    @Nested
    class CurrentPrices extends LoadCurrentPricesPortContract {
        @Override
        protected LoadCurrentPricesPort sourceOf(RecordedExchange exchange) {
            return UpbitPriceAdapterContractTest.sourceOf(exchange);
        }
    }

    @Nested
    class PriceNow extends LoadPriceNowPortContract {
        @Override
        protected LoadPriceNowPort sourceOf(RecordedExchange exchange) {
            return UpbitPriceAdapterContractTest.sourceOf(exchange);
        }
    }

    @Nested
    class PriceAt extends LoadPriceAtPortContract {
        @Override
        protected LoadPriceAtPort sourceOf(RecordedExchange exchange) {
            return UpbitPriceAdapterContractTest.sourceOf(exchange);
        }
    }

    @Nested
    class DailyCloses extends LoadDailyClosesPortContract {
        @Override
        protected LoadDailyClosesPort sourceOf(RecordedExchange exchange) {
            return UpbitPriceAdapterContractTest.sourceOf(exchange);
        }
    }
}
