package kr.co.whaling.adapter.out.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The smallest application holding this module: its adapters, JPA, JDBC and Flyway, nothing else. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = PersistenceTestApplication.class)
class PersistenceTestApplication {
}
