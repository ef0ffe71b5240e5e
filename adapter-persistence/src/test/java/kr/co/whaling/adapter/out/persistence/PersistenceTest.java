package kr.co.whaling.adapter.out.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of this module against the real test database, Flyway-migrated, with one shared context.
 * Tests commit (concurrency needs it), so each test class empties the tables it uses first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.open-in-view=false",
        "spring.datasource.hikari.maximum-pool-size=24",
        "spring.main.banner-mode=off",
        // Tests rebuild their rows between methods: every listing reads its page and total afresh.
        // VoteViewStatementCountTest proves the kept pages and totals on a context of its own.
        "whaling.persistence.listing-total-ttl=0s",
        "whaling.persistence.listing-page-ttl=0s"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@interface PersistenceTest {
}
