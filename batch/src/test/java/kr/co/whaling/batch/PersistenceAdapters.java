package kr.co.whaling.batch;

import kr.co.whaling.adapter.out.persistence.SettlementPersistenceAdapter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The persistence adapters on the test database (Flyway-migrated), to play a real game the audit then
 * reads. Their package is the one JPA entities and Spring Data repositories are looked for in.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackageClasses = SettlementPersistenceAdapter.class)
@ComponentScan(basePackageClasses = SettlementPersistenceAdapter.class)
class PersistenceAdapters {
}
