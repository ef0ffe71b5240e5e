package kr.co.whaling.bootstrap.config;

import org.springframework.core.env.Environment;

/**
 * Whether the app runs on its embedded default database (H2), the try-it-out mode in which missing
 * secrets and credentials are tolerated with a warning instead of stopping the start.
 */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    static boolean isActive(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }
}
