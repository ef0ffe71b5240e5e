import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Benchmark helper: writes one access token per line for members 1..N (line m is member m's), signed
 * as adapter-web's TokenService signs them (HS256 over the UTF-8 bytes of the secret; claims iss,
 * sub = member id, iat, exp, jti and typ = "access"), so the load tool can act as many members
 * without going through Kakao. Run with {@code java MintTokens.java <members> <ttl-seconds> <out>};
 * the secret and issuer come from WHALING_JWT_SECRET and WHALING_JWT_ISSUER (default "whaling").
 */
public class MintTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java MintTokens.java <members> <ttl-seconds> <out-file>");
        }
        int members = Integer.parseInt(args[0]);
        long ttlSeconds = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        String secret = System.getenv("WHALING_JWT_SECRET");
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("WHALING_JWT_SECRET must be set to at least 32 bytes");
        }
        String issuer = System.getenv().getOrDefault("WHALING_JWT_ISSUER", "whaling");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        long now = System.currentTimeMillis() / 1000;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int member = 1; member <= members; member++) {
                String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + member + "\",\"iat\":" + now
                        + ",\"exp\":" + (now + ttlSeconds) + ",\"jti\":\"" + UUID.randomUUID()
                        + "\",\"typ\":\"access\"}";
                String signingInput = header + "." + encode(claims);
                String signature = BASE64URL.encodeToString(
                        mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
                writer.write(signingInput + "." + signature + "\n");
            }
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
