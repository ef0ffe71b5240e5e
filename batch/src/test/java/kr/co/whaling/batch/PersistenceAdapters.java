package kr.co.whaling.batch;

import kr.co.whaling.adapter.out.persistence.SettlementPersistenceAdapter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The persistence adapters on the test database (Flyway-migrated), to play a real game the audit then reads. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = SettlementPersistenceAdapter.class)
class PersistenceAdapters {
}
