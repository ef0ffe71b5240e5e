package kr.co.whaling.adapter.in.web.security;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Builds the HS256 encoder and the per-kind decoders from one secret, so both sides agree on every rule. */
final class JwtCodecs {

    /** Far more than the members active within a day. */
    static final int REMEMBERED_TOKENS = 50_000;

    static SecretKey key(JwtProperties properties) {
        return new SecretKeySpec(properties.secretBytes(), "HmacSHA256");
    }

    static JwtEncoder encoder(JwtProperties properties) {
        return NimbusJwtEncoder.withSecretKey(key(properties)).algorithm(MacAlgorithm.HS256).build();
    }

    /**
     * Accepts only our HS256 tokens of the expected kind, with an expiry and a member id as subject. It
     * verifies each token's signature once ({@link RememberingJwtDecoder}), the claims on every call.
     */
    static JwtDecoder decoder(JwtProperties properties, TokenType expected, Clock clock) {
        NimbusJwtDecoder signatureChecker = NimbusJwtDecoder.withSecretKey(key(properties))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        signatureChecker.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        // The skew is ours to set (default zero), not the library's default of 60 seconds.
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        timestamps.setAllowEmptyExpiryClaim(false);
        OAuth2TokenValidator<Jwt> claims = JwtValidators.createDefaultWithValidators(List.of(
                timestamps,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, JwtCodecs::isMemberId),
                typeValidator(expected)));
        return new RememberingJwtDecoder(signatureChecker, claims, clock, REMEMBERED_TOKENS);
    }

    /** Refuses a token of the other kind: a refresh token never opens the API, and the reverse. */
    static OAuth2TokenValidator<Jwt> typeValidator(TokenType expected) {
        OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "not an " + expected.claimValue() + " token", null);
        return jwt -> Objects.equals(jwt.getClaimAsString(TokenType.CLAIM), expected.claimValue())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    /** Our subjects are positive member ids in plain ASCII digits. */
    private static boolean isMemberId(String subject) {
        if (subject == null || subject.isEmpty() || !subject.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            return Long.parseLong(subject) > 0;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }
}
