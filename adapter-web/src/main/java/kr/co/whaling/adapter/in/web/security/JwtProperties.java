package kr.co.whaling.adapter.in.web.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * JWT settings ({@code whaling.jwt.*}): the HS256 secret (at least 32 bytes as UTF-8, the size
 * HS256 needs), how long access and refresh tokens live, the issuer written into every token, and
 * the clock skew allowed when checking a token's expiry and not-before times. The skew defaults to
 * zero: this app issues and checks its own tokens on clocks kept in step, so the library's usual
 * minute of grace would only let expired tokens pass.
 */
@Validated
@ConfigurationProperties("whaling.jwt")
public record JwtProperties(
        @NotBlank String secret,
        @NotNull @DefaultValue("1d") Duration accessTokenTtl,
        @NotNull @DefaultValue("7d") Duration refreshTokenTtl,
        @NotBlank @DefaultValue("whaling") String issuer,
        @NotNull @DefaultValue("0s") Duration clockSkew) {

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    /** The secret as key material: its UTF-8 bytes. */
    public byte[] secretBytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    @AssertTrue(message = "whaling.jwt.secret must be at least 32 bytes (UTF-8)")
    public boolean isSecretLongEnough() {
        return secret == null || secretBytes().length >= MIN_SECRET_BYTES;
    }

    @AssertTrue(message = "token lifetimes must be positive")
    public boolean isTtlPositive() {
        return (accessTokenTtl == null || positive(accessTokenTtl))
                && (refreshTokenTtl == null || positive(refreshTokenTtl));
    }

    @AssertTrue(message = "whaling.jwt.clock-skew must not be negative")
    public boolean isClockSkewValid() {
        return clockSkew == null || !clockSkew.isNegative();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /** Never prints the secret: configuration dumps and failure messages end up in logs. */
    @Override
    public String toString() {
        return "JwtProperties[secret=******, accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl="
                + refreshTokenTtl + ", issuer=" + issuer + ", clockSkew=" + clockSkew + "]";
    }
}
