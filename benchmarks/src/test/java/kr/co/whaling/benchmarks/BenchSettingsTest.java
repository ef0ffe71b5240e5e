package kr.co.whaling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    private static Properties required() {
        Properties properties = new Properties();
        properties.setProperty("bench.baseUrl", "http://127.0.0.1:1");
        properties.setProperty("bench.appPid", "42");
        properties.setProperty("bench.tokens", "/tmp/tokens.txt");
        return properties;
    }

    @Test
    void defaultsAreTheFullBenchmark() {
        BenchSettings settings = BenchSettings.from(required());
        assertThat(settings.rates()).containsExactly(250, 500, 1_000, 2_000, 4_000);
        assertThat(settings.step()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.endpoints()).containsExactly(Endpoint.HEALTH, Endpoint.LIST, Endpoint.GET,
                Endpoint.ANSWER, Endpoint.SESSION);
        assertThat(settings.dataSet()).isEqualTo(new BenchSettings.DataSet(10_000, 100_000, 20_000, 10));
    }

    @Test
    void aSmokeRunIsAFewProperties() {
        Properties properties = required();
        properties.setProperty("bench.rates", "100, 200");
        properties.setProperty("bench.stepSeconds", "10");
        properties.setProperty("bench.endpoints", "health,list");
        BenchSettings settings = BenchSettings.from(properties);
        assertThat(settings.rates()).isEqualTo(List.of(100, 200));
        assertThat(settings.step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.endpoints()).containsExactly(Endpoint.HEALTH, Endpoint.LIST);
    }

    @Test
    void refusesWhatCannotRun() {
        assertThatThrownBy(() -> BenchSettings.from(new Properties())).hasMessageContaining("bench.baseUrl");
        Properties zeroRate = required();
        zeroRate.setProperty("bench.rates", "100,0");
        assertThatThrownBy(() -> BenchSettings.from(zeroRate)).hasMessageContaining("positive");
        Properties unknown = required();
        unknown.setProperty("bench.endpoints", "health,login");
        assertThatThrownBy(() -> BenchSettings.from(unknown)).hasMessageContaining("unknown endpoint login");
    }
}
