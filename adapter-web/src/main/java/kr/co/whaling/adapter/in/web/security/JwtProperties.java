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
 * JWT settings ({@code whaling.jwt.*}). The clock skew defaults to zero: we check our own tokens on
 * clocks kept in step, so the library's usual minute of grace would only let expired tokens pass.
 */
@Validated
@ConfigurationProperties("whaling.jwt")
public record JwtProperties(
        @NotBlank String secret,
        @NotNull @DefaultValue("1d") Duration accessTokenTtl,
        @NotNull @DefaultValue("7d") Duration refreshTokenTtl,
        @NotBlank @DefaultValue("whaling") String issuer,
        @NotNull @DefaultValue("0s") Duration clockSkew) {

    public byte[] secretBytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** HS256 needs a key of at least 256 bits. */
    @AssertTrue(message = "whaling.jwt.secret must be at least 32 bytes (UTF-8)")
    public boolean isSecretLongEnough() {
        return secret == null || secretBytes().length >= 32;
    }

    @AssertTrue(message = "token lifetimes must be positive")
    public boolean isTtlPositive() {
        return (accessTokenTtl == null || accessTokenTtl.compareTo(Duration.ZERO) > 0)
                && (refreshTokenTtl == null || refreshTokenTtl.compareTo(Duration.ZERO) > 0);
    }

    @AssertTrue(message = "whaling.jwt.clock-skew must not be negative")
    public boolean isClockSkewValid() {
        return clockSkew == null || !clockSkew.isNegative();
    }

    /** Never prints the secret: configuration dumps and failure messages end up in logs. */
    @Override
    public String toString() {
        return "JwtProperties[secret=******, accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl="
                + refreshTokenTtl + ", issuer=" + issuer + ", clockSkew=" + clockSkew + "]";
    }
}
