package kr.co.whaling.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class JwtPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(JwtProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaults_are_one_day_seven_days_and_issuer_whaling() {
        runner.withPropertyValues("whaling.jwt.secret=0123456789abcdef0123456789abcdef")
                .run(context -> {
                    JwtProperties properties = context.getBean(JwtProperties.class);
                    assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofDays(1));
                    assertThat(properties.refreshTokenTtl()).isEqualTo(Duration.ofDays(7));
                    assertThat(properties.issuer()).isEqualTo("whaling");
                    assertThat(properties.clockSkew()).isEqualTo(Duration.ZERO);
                });
    }

    @Test
    void the_clock_skew_is_configurable_and_never_negative() {
        runner.withPropertyValues("whaling.jwt.secret=0123456789abcdef0123456789abcdef", "whaling.jwt.clock-skew=5s")
                .run(context -> assertThat(context.getBean(JwtProperties.class).clockSkew())
                        .isEqualTo(Duration.ofSeconds(5)));
        runner.withPropertyValues("whaling.jwt.secret=0123456789abcdef0123456789abcdef", "whaling.jwt.clock-skew=-1s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("clock-skew must not be negative"));
    }

    @Test
    void lifetimes_and_issuer_are_configurable() {
        runner.withPropertyValues("whaling.jwt.secret=0123456789abcdef0123456789abcdef",
                        "whaling.jwt.access-token-ttl=30m", "whaling.jwt.refresh-token-ttl=P14D",
                        "whaling.jwt.issuer=whaling-staging")
                .run(context -> {
                    JwtProperties properties = context.getBean(JwtProperties.class);
                    assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofMinutes(30));
                    assertThat(properties.refreshTokenTtl()).isEqualTo(Duration.ofDays(14));
                    assertThat(properties.issuer()).isEqualTo("whaling-staging");
                });
    }

    @Test
    void a_secret_shorter_than_32_bytes_is_refused() {
        runner.withPropertyValues("whaling.jwt.secret=0123456789abcdef0123456789abcde")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("at least 32 bytes"));
    }

    @Test
    void a_multibyte_secret_counts_bytes_not_characters() {
        // 11 Korean characters are 33 bytes in UTF-8.
        runner.withPropertyValues("whaling.jwt.secret=고래고래고래고래고래고")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_missing_secret_is_refused() {
        runner.run(context -> assertThat(context).hasFailed());
    }

    @Test
    void a_zero_lifetime_is_refused() {
        runner.withPropertyValues("whaling.jwt.secret=0123456789abcdef0123456789abcdef",
                        "whaling.jwt.access-token-ttl=0s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("token lifetimes must be positive"));
    }

    @Test
    void the_secret_never_appears_in_to_string() {
        JwtProperties properties = new JwtProperties("0123456789abcdef0123456789abcdef", Duration.ofDays(1),
                Duration.ofDays(7), "whaling", Duration.ZERO);

        assertThat(properties.toString()).doesNotContain("0123456789abcdef").contains("******");
    }
}
