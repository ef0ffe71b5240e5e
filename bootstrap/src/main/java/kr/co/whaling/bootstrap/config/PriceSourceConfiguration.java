package kr.co.whaling.bootstrap.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import kr.co.whaling.adapter.out.csv.CsvPriceAdapter;
import kr.co.whaling.adapter.out.upbit.UpbitPriceAdapter;
import kr.co.whaling.adapter.out.upbit.UpbitProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The price source chosen by {@code whaling.price-source}: {@code upbit} (default, {@code whaling.upbit.*}) or
 * {@code csv} (recorded candles in {@code whaling.price-source.csv.dir}). Only its beans exist; each
 * implements every price-source port.
 */
@Configuration(proxyBeanMethods = false)
public class PriceSourceConfiguration {

    static final String CHOICE = "whaling.price-source";
    static final String CSV_DIR = "whaling.price-source.csv.dir";
    private static final Set<String> SOURCES = Set.of("upbit", "csv");

    private static final Logger log = LoggerFactory.getLogger(PriceSourceConfiguration.class);

    /** Refuses to start on an unknown price source: the app would otherwise miss its ports. */
    @Bean
    PriceSourceStatus priceSourceStatus(Environment environment) {
        String chosen = environment.getProperty(CHOICE, "upbit");
        if (!SOURCES.contains(chosen)) {
            throw new IllegalStateException(CHOICE + " must be one of " + SOURCES + ", not '" + chosen + "'");
        }
        return new PriceSourceStatus();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = CHOICE, havingValue = "upbit", matchIfMissing = true)
    static class Upbit {

        @Bean
        UpbitPriceAdapter upbitPriceAdapter(Environment environment) {
            return UpbitPriceAdapter.create(Binder.get(environment)
                    .bindOrCreate("whaling.upbit", Bindable.of(UpbitProperties.class)));
        }

        @Bean
        PriceSourceHealthIndicator priceSourceHealthIndicator(UpbitPriceAdapter adapter, PriceSourceStatus status) {
            return new PriceSourceHealthIndicator(adapter::isAvailable,
                    "calls suspended (circuit open or blocked by the exchange)", status);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = CHOICE, havingValue = "csv")
    static class Csv {

        @Bean
        CsvPriceAdapter csvPriceAdapter(Environment environment, Clock clock) {
            String directory = environment.getProperty(CSV_DIR);
            if (!StringUtils.hasText(directory)) {
                throw new IllegalStateException(CSV_DIR + " is not set: the CSV price source needs the directory "
                        + "of its recorded candles (README, \"The CSV price source\")");
            }
            Path path = Path.of(directory.strip()).toAbsolutePath().normalize();
            log.info("Price source: recorded candles in {}", path);
            return CsvPriceAdapter.create(path, clock);
        }

        @Bean
        PriceSourceHealthIndicator priceSourceHealthIndicator(CsvPriceAdapter adapter, PriceSourceStatus status) {
            return new PriceSourceHealthIndicator(adapter::isAvailable, "the price directory is missing", status);
        }
    }
}
