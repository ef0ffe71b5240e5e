package kr.co.whaling.adapter.out.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.ComponentScan;

/**
 * The smallest application holding this module: its adapters, JPA, JDBC and Flyway, nothing else.
 * It and the fixtures are test components: in a reactor build stopping before {@code package}
 * ({@code mvn -pl bootstrap -am test}) Maven hands this module's whole test-classes folder to
 * bootstrap instead of the test-support jar, and the app's scan must pass over them there.
 */
@TestComponent
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = PersistenceTestApplication.class)
class PersistenceTestApplication {
}
