package kr.co.whaling.adapter.out.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which form of the set-based statements the database takes. MySQL and MariaDB update members
 * through a join driven by one question's answers (work proportional to the answers); H2, the
 * embedded default, has no UPDATE ... JOIN and gets the portable {@code WHERE id IN (SELECT ...)}.
 */
@Component
@RequiredArgsConstructor
class SqlDialect {

    private final JdbcTemplate jdbcTemplate;
    private volatile Boolean multiTableUpdate;

    /** Whether {@code UPDATE a JOIN b ... SET} works (MySQL, MariaDB). Asked once, on first use. */
    boolean supportsMultiTableUpdate() {
        Boolean known = multiTableUpdate;
        if (known == null) {
            // Through the template, so inside a transaction it reuses that transaction's connection.
            String product = jdbcTemplate.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
            known = product != null && (product.contains("MySQL") || product.contains("MariaDB"));
            multiTableUpdate = known;
        }
        return known;
    }
}
