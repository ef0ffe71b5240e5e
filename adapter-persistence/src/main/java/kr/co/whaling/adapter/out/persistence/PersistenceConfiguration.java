package kr.co.whaling.adapter.out.persistence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hibernate settings this adapter relies on, and the adapter's own settings ({@link PersistenceProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersistenceProperties.class)
public class PersistenceConfiguration {

    /** The MariaDB dialect ({@link MariaDbDialectResolver}); UTC timestamps, as JDBC writes them ({@link UtcTimes}). */
    @Bean
    HibernatePropertiesCustomizer whalingHibernateProperties() {
        return properties -> {
            properties.putIfAbsent("hibernate.dialect_resolvers", MariaDbDialectResolver.class.getName());
            properties.putIfAbsent("hibernate.jdbc.time_zone", "UTC");
        };
    }
}
