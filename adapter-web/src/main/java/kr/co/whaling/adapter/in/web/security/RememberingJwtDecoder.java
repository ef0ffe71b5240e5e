package kr.co.whaling.adapter.in.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks a token's signature once and then only its claims, as parsing and verifying it was a sixth of
 * the CPU per request. Safe: a token is remembered by its exact text, only after passing every check,
 * and until it expires; a remembered token whose claims no longer pass is refused and forgotten.
 */
final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder signatureChecker;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /** {@code signatureChecker} checks form and signature only; {@code validator} every claim. */
    RememberingJwtDecoder(JwtDecoder signatureChecker, OAuth2TokenValidator<Jwt> validator, Clock clock,
                          int maxEntries) {
        this.signatureChecker = signatureChecker;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifeLeft(jwt, clock.instant())))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (token == null) {
            // Caffeine takes no null key: no token gets the checker's own refusal, as JwtDecoder promises.
            return validated(signatureChecker.decode(null));
        }
        // A refused token makes the loader throw, so Caffeine never keeps it.
        Jwt jwt = verified.get(token, text -> validated(signatureChecker.decode(text)));
        try {
            return validated(jwt);
        } catch (JwtValidationException refused) {
            verified.invalidate(token);
            throw refused;
        }
    }

    /** How many tokens are remembered, for tests of the bound. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Jwt validated(Jwt jwt) {
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException(description(result), result.getErrors());
        }
        return jwt;
    }

    /** A token is worth remembering until it expires; the validator refuses one without expiry anyway. */
    private static Duration lifeLeft(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The first error's description, as Spring Security's own decoder words it. */
    private static String description(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream()
                .map(OAuth2Error::getDescription)
                .filter(description -> description != null && !description.isEmpty())
                .findFirst()
                .map(description -> "An error occurred while attempting to decode the Jwt: " + description)
                .orElse("Unable to validate Jwt");
    }
}
