package kr.co.whaling.bootstrap.config;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The JWT secret comes only from {@code whaling.jwt.secret}: without one the app refuses to start, except on
 * the embedded H2 default, which gets a random secret with a warning (tokens then die with the process).
 */
public class JwtSecretEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SECRET = "whaling.jwt.secret";

    private final Log log;

    public JwtSecretEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(JwtSecretEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(SECRET))) {
            return;
        }
        if (!EmbeddedDatabase.isActive(environment)) {
            throw new IllegalStateException(SECRET + " is not set: configure a secret of at least 32 bytes "
                    + "(e.g. the WHALING_JWT_SECRET environment variable). Only the embedded H2 default runs without one.");
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        environment.getPropertySources().addFirst(new MapPropertySource("generatedJwtSecret",
                Map.of(SECRET, Base64.getEncoder().encodeToString(random))));
        log.warn(SECRET + " is not set: generated a random secret for this embedded-database run; "
                + "tokens will not survive a restart. Set it for any real deployment.");
    }
}
