package kr.co.whaling.adapter.in.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ListingPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ListingProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void the_unpaged_listing_holds_500_questions_by_default_and_is_configurable() {
        runner.run(context -> assertThat(context.getBean(ListingProperties.class).unpagedLimit()).isEqualTo(500));
        runner.withPropertyValues("whaling.web.unpaged-limit=10000")
                .run(context -> assertThat(context.getBean(ListingProperties.class).unpagedLimit()).isEqualTo(10_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "10001"})
    void a_limit_outside_1_to_10000_keeps_the_app_from_starting(String limit) {
        runner.withPropertyValues("whaling.web.unpaged-limit=" + limit)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("unpagedLimit"));
    }
}
