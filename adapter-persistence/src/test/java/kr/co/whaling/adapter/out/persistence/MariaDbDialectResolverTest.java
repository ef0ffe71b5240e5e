package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

    private final MariaDbDialectResolver resolver = new MariaDbDialectResolver();

    private static DialectResolutionInfo database(String name, String version) {
        DialectResolutionInfo info = mock(DialectResolutionInfo.class);
        when(info.getDatabaseName()).thenReturn(name);
        when(info.getDatabaseVersion()).thenReturn(version);
        return info;
    }

    @Test
    void mariadb_behind_connector_j_gets_the_mariadb_dialect_of_its_real_version() {
        Dialect dialect = resolver.resolveDialect(database("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"));

        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(dialect.getVersion().getDatabaseMinorVersion()).isEqualTo(11);
    }

    @Test
    void anything_else_is_left_to_hibernate() {
        assertThat(resolver.resolveDialect(database("MySQL", "8.4.3"))).isNull();
        assertThat(resolver.resolveDialect(database("H2", "2.4.240 (2025-09-22)"))).isNull();
        assertThat(resolver.resolveDialect(database("MariaDB", "10.11.19-MariaDB"))).isNull();
    }
}
