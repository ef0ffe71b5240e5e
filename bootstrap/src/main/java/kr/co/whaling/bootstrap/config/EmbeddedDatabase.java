package kr.co.whaling.bootstrap.config;

import org.springframework.core.env.Environment;

/** Whether the app runs on its embedded H2 default: the try-it-out mode that only warns of missing secrets. */
final class EmbeddedDatabase {

    static boolean isActive(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }
}
