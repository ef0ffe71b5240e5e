package kr.co.whaling.adapter.in.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Hand-made tokens for security tests: expired, of the wrong kind, forged, unsigned. */
public final class TestTokens {

    private final JwtProperties properties;

    public TestTokens(JwtProperties properties) {
        this.properties = properties;
    }

    /** A token signed with the app's secret and issuer, with every claim chosen by the test. */
    public String token(String subject, String type, Instant issuedAt, Instant expiresAt) {
        return sign(properties.secret(), properties.issuer(), subject, type, issuedAt, expiresAt);
    }

    public String expiredAccessToken(long memberId) {
        Instant now = Instant.now();
        return token(Long.toString(memberId), "access", now.minusSeconds(2 * 86_400), now.minusSeconds(3_600));
    }

    public String expiredRefreshToken(long memberId) {
        Instant now = Instant.now();
        return token(Long.toString(memberId), "refresh", now.minusSeconds(8 * 86_400), now.minusSeconds(3_600));
    }

    public String validAccessToken(long memberId) {
        Instant now = Instant.now();
        return token(Long.toString(memberId), "access", now, now.plusSeconds(3_600));
    }

    public String validRefreshToken(long memberId) {
        Instant now = Instant.now();
        return token(Long.toString(memberId), "refresh", now, now.plusSeconds(3_600));
    }

    /** A well-formed access token signed with another key. */
    public String signedWithAnotherSecret(long memberId) {
        Instant now = Instant.now();
        return sign("another-secret-that-is-long-enough-for-hs256", properties.issuer(), Long.toString(memberId),
                "access", now, now.plusSeconds(3_600));
    }

    /** A well-formed access token from another issuer, signed with our key. */
    public String fromAnotherIssuer(long memberId) {
        Instant now = Instant.now();
        return sign(properties.secret(), "someone-else", Long.toString(memberId), "access", now,
                now.plusSeconds(3_600));
    }

    /** An {@code alg: none} token: a header and claims without any signature. */
    public String unsigned(long memberId) {
        long now = Instant.now().getEpochSecond();
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64("{\"iss\":\"" + properties.issuer() + "\",\"sub\":\"" + memberId
                + "\",\"typ\":\"access\",\"iat\":" + now + ",\"exp\":" + (now + 3_600) + "}");
        return header + "." + claims + ".";
    }

    /** The token with its claims replaced (another member), keeping the original signature. */
    public String withForgedSubject(String token, long otherMemberId) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = claims.replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"" + otherMemberId + "\"");
        return parts[0] + "." + base64(forged) + "." + parts[2];
    }

    /** The token with one character of its signature changed. */
    public String withBrokenSignature(String token) {
        int last = token.length() - 2;
        char replaced = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + replaced + token.charAt(last + 1);
    }

    private static String sign(String secret, String issuer, String subject, String type, Instant issuedAt,
                               Instant expiresAt) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .algorithm(MacAlgorithm.HS256)
                .build();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(subject).issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (type != null) {
            claims.claim(TokenType.CLAIM, type);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
