package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kr.co.whaling.WhalingApplication;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code mysql} profile as README's recipe runs it: only a URL, user and password, no driver class.
 * Both URL forms start the app on the test database, each with its own driver: {@code jdbc:mysql:} with
 * MySQL Connector/J, {@code jdbc:mariadb:} with the MariaDB driver (the recipe for MariaDB servers).
 */
class MySqlProfileSystemTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jdbc:mysql:, com.mysql.cj.jdbc.Driver", "jdbc:mariadb:, org.mariadb.jdbc.Driver"})
    void the_mysql_profile_starts_with_the_driver_its_url_names(String scheme, String driver) throws SQLException {
        TestDatabase database = TestDatabase.get();
        assumeTrue(scheme.equals("jdbc:mysql:") || isMariaDb(database.dataSource()),
                "jdbc:mariadb: URLs are the recipe for MariaDB servers; this test database is MySQL");
        String url = scheme + database.jdbcUrl().substring(database.jdbcUrl().indexOf("//"));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WhalingApplication.class).run(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--whaling.jwt.secret=mysql-profile-test-secret-that-is-long-enough-0123",
                "--whaling.kakao.client-id=mysql-profile-test",
                "--whaling.upbit.base-url=http://127.0.0.1:9",
                "--whaling.jobs.enabled=false")) {
            HikariDataSource dataSource = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
            assertThat(dataSource.getJdbcUrl()).isEqualTo(url);
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getMetaData().getDriverName()).as("the driver in use")
                        .containsIgnoringCase(driver.contains("mariadb") ? "MariaDB" : "MySQL Connector");
                if (!driver.contains("mariadb")) {
                    // Connector/J keeps each statement's parse (the profile's setting reached the driver).
                    PropertySet settings = connection.unwrap(JdbcConnection.class).getPropertySet();
                    assertThat(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
                    assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue())
                            .isEqualTo(2048);
                }
            }

            Api api = new Api(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            Api.Reply health = api.get("/actuator/health/db", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
            assertThat(api.get("/votes", null).status()).isEqualTo(200);
        }
    }

    private static boolean isMariaDb(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        }
    }
}
