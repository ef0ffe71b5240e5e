package kr.co.whaling.adapter.in.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A decoder that checks a token's form and signature once, remembers the tokens that passed every
 * check, and on each later call only checks the claims again ({@code validator}: expiry against the
 * clock, issuer, subject, kind). Every API call carries its caller's token, and parsing and
 * verifying it (Base64 in constant time, JSON, HMAC) was a sixth of the app's CPU per request.
 *
 * <p>Safe because the signature of a given token text never changes under the one secret of the
 * process: a token is remembered by its exact text, so a changed character is a different token
 * checked in full, and a remembered token that has expired is refused (and forgotten) like any other.
 * Only tokens that passed every check are remembered, so nobody can fill the memory with forged or
 * refused tokens. At most {@code maxEntries} are kept: when full, expired ones are dropped, and if
 * that frees too little everything is forgotten (the next calls simply verify in full again).
 */
final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder signatureChecker;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** {@code signatureChecker} checks form and signature only; {@code validator} every claim. */
    RememberingJwtDecoder(JwtDecoder signatureChecker, OAuth2TokenValidator<Jwt> validator, Clock clock,
                          int maxEntries) {
        this.signatureChecker = Objects.requireNonNull(signatureChecker, "signatureChecker");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be 1 or more: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = token == null ? null : verified.get(token);
        Jwt jwt = remembered != null ? remembered : signatureChecker.decode(token);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            if (remembered != null) {
                verified.remove(token);
            }
            throw new JwtValidationException(description(result), result.getErrors());
        }
        if (remembered == null) {
            remember(token, jwt);
        }
        return jwt;
    }

    /** How many tokens are remembered: for tests of the bound. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt) {
        if (verified.size() >= maxEntries) {
            Instant now = clock.instant();
            verified.values().removeIf(known -> known.getExpiresAt() == null || !known.getExpiresAt().isAfter(now));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
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
