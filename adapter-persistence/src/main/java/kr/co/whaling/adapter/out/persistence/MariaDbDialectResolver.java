package kr.co.whaling.adapter.out.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Recognizes MariaDB behind MySQL Connector/J, which reports it as "MySQL 5.5.5": Hibernate would pick a
 * MySQL 5.5 dialect and drop the microseconds of every timestamp. Anything else is left to Hibernate.
 */
public class MariaDbDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB.*");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (!"MySQL".equals(info.getDatabaseName()) || version == null) {
            return null;
        }
        Matcher matcher = MARIADB_VERSION.matcher(version);
        if (!matcher.matches()) {
            return null;
        }
        return new MariaDBDialect(DatabaseVersion.make(Integer.valueOf(matcher.group(1)),
                Integer.valueOf(matcher.group(2)), Integer.valueOf(matcher.group(3))));
    }
}
