package kr.co.whaling.adapter.out.persistence.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void an_unreachable_database_fails_with_instructions_instead_of_skipping() {
        Map<String, String> environment = Map.of(TestDatabase.URL_VARIABLE,
                "jdbc:mysql://127.0.0.1:1/nowhere?connectTimeout=2000");

        assertThatThrownBy(() -> TestDatabase.locate(environment::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No test database")
                .hasMessageContaining("jdbc:mysql://127.0.0.1:1/nowhere")
                .hasMessageContaining(".ci/db-setup.sh")
                .hasMessageContaining(TestDatabase.URL_VARIABLE);
    }

    @Test
    void the_test_database_of_this_jvm_is_reachable_and_named_for_spring() {
        TestDatabase database = TestDatabase.get();

        assertThat(database.springProperties())
                .containsEntry("spring.datasource.url", database.jdbcUrl())
                .containsEntry("spring.datasource.driver-class-name", database.driverClassName())
                .containsKeys("spring.datasource.username", "spring.datasource.password");
        assertThat(database.origin()).isNotBlank();
    }
}
