package kr.co.whaling.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** CORS answers with credentials, so a wildcard origin must never be configured. */
class CorsPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CorsProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void no_origin_by_default() {
        runner.run(context -> assertThat(context.getBean(CorsProperties.class).corsOrigins()).isEmpty());
    }

    @Test
    void named_origins_and_subdomain_or_port_patterns_are_accepted() {
        runner.withPropertyValues("whaling.web.cors-origins=https://whaling.example,"
                        + "https://*.preview.whaling.example,http://localhost:3000,http://localhost:[*],"
                        + "http://[::1]:3000,https://whaling.example/")
                .run(context -> assertThat(context.getBean(CorsProperties.class).corsOrigins()).hasSize(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*", "http://*:3000", "*://whaling.example", "https://*.*.example",
            "https://who*.example", "whaling.example", "ftp://whaling.example", "https://whaling.example/app",
            "https://user@whaling.example", "http://:3000", "https://whaling.example:port", "https://*.", " "})
    void a_wildcard_or_anything_but_an_origin_keeps_the_app_from_starting(String origin) {
        runner.withPropertyValues("whaling.web.cors-origins=https://whaling.example," + origin)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("never a wildcard"));
    }

    @Test
    void the_check_itself_names_what_it_accepts() {
        // A list of ports cannot come through a comma-separated property, but YAML lists can carry it.
        assertThat(List.of("https://whaling.example", "https://*.whaling.example", "http://localhost:8080",
                "http://127.0.0.1:[3000,3001]")).allMatch(CorsProperties::namesAnOrigin);
        assertThat(List.of("*", "https://*", "null")).noneMatch(CorsProperties::namesAnOrigin);
    }
}
