package kr.co.whaling.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class JwtSecretEnvironmentPostProcessorTest {

    private final JwtSecretEnvironmentPostProcessor processor = new JwtSecretEnvironmentPostProcessor(new DeferredLogs());
    private final SpringApplication application = new SpringApplication();

    @Test
    void a_configured_secret_is_kept_as_it_is() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mysql://db:3306/whaling")
                .withProperty("whaling.jwt.secret", "configured-secret-configured-secret-0123");

        processor.postProcessEnvironment(environment, application);

        assertThat(environment.getProperty("whaling.jwt.secret")).isEqualTo("configured-secret-configured-secret-0123");
    }

    @Test
    void without_a_secret_a_real_database_deployment_refuses_to_start() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mysql://db:3306/whaling");

        assertThatIllegalStateException().isThrownBy(() -> processor.postProcessEnvironment(environment, application))
                .withMessageContaining("whaling.jwt.secret");
    }

    @Test
    void the_embedded_default_gets_a_random_secret_of_at_least_32_bytes_each_run() {
        MockEnvironment first = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
        MockEnvironment second = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");

        processor.postProcessEnvironment(first, application);
        processor.postProcessEnvironment(second, application);

        assertThat(first.getProperty("whaling.jwt.secret")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(first.getProperty("whaling.jwt.secret")).isNotEqualTo(second.getProperty("whaling.jwt.secret"));
    }
}
