package kr.co.whaling.adapter.out.persistence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate settings this adapter relies on, whatever the application's configuration says, and the
 * adapter's own settings ({@link PersistenceProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersistenceProperties.class)
public class PersistenceConfiguration {

    /**
     * MariaDB behind MySQL Connector/J gets the MariaDB dialect ({@link MariaDbDialectResolver});
     * timestamps travel as UTC, as the set-based JDBC statements write them ({@link UtcTimes}).
     */
    @Bean
    HibernatePropertiesCustomizer whalingHibernateProperties() {
        return properties -> {
            properties.putIfAbsent("hibernate.dialect_resolvers", MariaDbDialectResolver.class.getName());
            properties.putIfAbsent("hibernate.jdbc.time_zone", "UTC");
        };
    }
}
