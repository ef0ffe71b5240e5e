package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How instants travel through plain JDBC: as the UTC wall-clock time, the same DATETIME value
 * Hibernate writes for an {@link Instant} attribute, whatever the JVM's or the server's time zone.
 */
final class UtcTimes {

    static LocalDateTime toDb(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromDb(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
