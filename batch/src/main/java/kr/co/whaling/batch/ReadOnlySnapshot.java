package kr.co.whaling.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A connection the audit reads through: one transaction, read-only (the database refuses any write in
 * it), REPEATABLE READ so that every query sees the same snapshot while the game goes on.
 */
final class ReadOnlySnapshot {

    private static final String MARIADB = "jdbc:mariadb:";
    private static final String MYSQL = "jdbc:mysql:";
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    /** Whether the URL names a server the audit can read (MariaDB or MySQL, each with its own driver). */
    static boolean accepts(String url) {
        return url != null && (url.startsWith(MARIADB) || url.startsWith(MYSQL));
    }

    /** Opens the connection and starts the read-only snapshot transaction. */
    static Connection open(String url, String user, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        if (url.startsWith(MYSQL)) {
            // Connector/J streams a result by the fetch size only through a server-side cursor.
            login.setProperty("useCursorFetch", "true");
        }
        Connection connection = DriverManager.getConnection(url, login);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION TRANSACTION READ ONLY");
            }
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
            return connection;
        } catch (SQLException failure) {
            connection.close();
            throw failure;
        }
    }
}
