package kr.co.whaling.adapter.out.persistence.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MySQL-compatible database persistence and system tests run against (spec/architecture.md,
 * "Test database"), one per JVM: the server named by {@code WHALING_TEST_DB_URL} when that variable
 * is set; otherwise MySQL 8 in a Testcontainers container when Docker is available; otherwise the
 * default local server {@code jdbc:mysql://127.0.0.1:3306/whaling_test}. User and password come from
 * {@code WHALING_TEST_DB_USER} / {@code WHALING_TEST_DB_PASSWORD} (default {@code whaling}/{@code whaling}).
 * A MariaDB server named by a {@code jdbc:mysql:} URL is reached with the MariaDB driver when that
 * driver is on the classpath (Connector/J would send times without their microseconds).
 * When none can be reached it fails with a message saying how to provide one; it never skips.
 *
 * <p>The schema is Flyway's (the application migrates it at startup) and is shared by every module's
 * tests: tests delete rows ({@link #deleteAllRows(DataSource)}), never drop or clean the schema.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "WHALING_TEST_DB_URL";
    public static final String USER_VARIABLE = "WHALING_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "WHALING_TEST_DB_PASSWORD";
    public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/whaling_test";
    public static final String DEFAULT_USER = "whaling";
    public static final String DEFAULT_PASSWORD = "whaling";
    public static final String MYSQL_DRIVER = "com.mysql.cj.jdbc.Driver";
    public static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

    /** Every table the application writes, children first, so deleting in this order breaks no foreign key. */
    public static final List<String> TABLES = List.of("point_ledger", "choices", "votes", "coins", "members", "shedlock");

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String driverClassName;
    private final String origin;

    private TestDatabase(String jdbcUrl, String username, String password, String driverClassName, String origin) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.driverClassName = driverClassName;
        this.origin = origin;
    }

    /** The test database of this JVM, located (or started) on first use. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = locate(System::getenv);
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String driverClassName() {
        return driverClassName;
    }

    /** Where the database comes from, for logs: the container or the configured server. */
    public String origin() {
        return origin;
    }

    /** A plain, unpooled data source, for code that runs outside a Spring context. */
    public DataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl, username, password);
        dataSource.setDriverClassName(driverClassName);
        return dataSource;
    }

    /** The Spring Boot properties pointing a context at this database. */
    public Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "spring.datasource.driver-class-name", driverClassName);
    }

    /** For {@code @DynamicPropertySource} methods: {@code TestDatabase.registerProperties(registry)}. */
    public static void registerProperties(DynamicPropertyRegistry registry) {
        get().springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Deletes every row the application wrote, keeping the schema and Flyway's history. */
    public static void deleteAllRows(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not empty the test database tables", failure);
        }
    }

    /** Locates the database from these environment variables (a function, so tests can pass their own). */
    static TestDatabase locate(UnaryOperator<String> environment) {
        String explicitUrl = environment.apply(URL_VARIABLE);
        String username = orDefault(environment.apply(USER_VARIABLE), DEFAULT_USER);
        String password = orDefault(environment.apply(PASSWORD_VARIABLE), DEFAULT_PASSWORD);
        if (isBlank(explicitUrl) && MySqlContainer.dockerAvailable()) {
            return MySqlContainer.start();
        }
        String url = isBlank(explicitUrl) ? DEFAULT_URL : explicitUrl;
        boolean mariaDb;
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection not valid");
            }
            mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("""
                    No test database. Docker is not available for Testcontainers, and the MySQL-compatible server \
                    at %s could not be reached as user '%s' (%s).
                    Provide one of:
                      - a running Docker engine (Testcontainers then starts MySQL 8 by itself), or
                      - a MySQL 8 / MariaDB 10.11+ server with database and user: as root run .ci/db-setup.sh, which \
                    starts the local MariaDB and creates database whaling_test and user whaling/whaling, or
                      - %s, %s and %s pointing at such a database.""".formatted(url, username,
                    unreachable.getMessage(), URL_VARIABLE, USER_VARIABLE, PASSWORD_VARIABLE), unreachable);
        }
        if (mariaDb && url.startsWith("jdbc:mysql:") && onClasspath(MARIADB_DRIVER)) {
            // Connector/J takes MariaDB for MySQL 5.5.5 and sends times without their microseconds.
            url = "jdbc:mariadb:" + url.substring("jdbc:mysql:".length());
            return new TestDatabase(url, username, password, MARIADB_DRIVER, "MariaDB server " + url);
        }
        return new TestDatabase(url, username, password, driverFor(url), "server " + url);
    }

    private static String driverFor(String url) {
        return url.startsWith("jdbc:mariadb:") ? MARIADB_DRIVER : MYSQL_DRIVER;
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, TestDatabase.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    private static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Testcontainers, touched only from here, so the class loads only where it is used: a module
     * reusing this support without Testcontainers on its classpath just never gets a container.
     */
    private static final class MySqlContainer {

        private static final String IMAGE = "mysql:8.4";

        static boolean dockerAvailable() {
            try {
                Class.forName("org.testcontainers.DockerClientFactory");
            } catch (ClassNotFoundException absent) {
                return false;
            }
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError unavailable) {
                return false;
            }
        }

        @SuppressWarnings("resource") // one container per JVM; Testcontainers removes it at exit
        static TestDatabase start() {
            org.testcontainers.mysql.MySQLContainer container = new org.testcontainers.mysql.MySQLContainer(IMAGE)
                    .withDatabaseName("whaling_test")
                    .withUsername(DEFAULT_USER)
                    .withPassword(DEFAULT_PASSWORD);
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    MYSQL_DRIVER, "Testcontainers " + IMAGE);
        }
    }
}
