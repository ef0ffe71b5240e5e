package kr.co.whaling.adapter.out.kakao;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the Kakao identity source ({@code whaling.kakao.*}): where Kakao lives, which Kakao
 * app we are, and how long a login waits for Kakao: each call within its connect and read timeouts,
 * and the whole login (code exchange and user info together) within {@code loginTimeout}.
 *
 * <p>Missing base URLs and timeouts take Kakao's production hosts and the defaults below; the
 * client id (the app's REST API key) is required; the client secret is optional, as only apps that
 * turned "client secret" on in the Kakao console need it. Blank values count as missing so that an
 * empty environment variable behaves like an absent one.
 *
 * @param authBaseUrl    {@code whaling.kakao.auth-base-url}, default {@value #DEFAULT_AUTH_BASE_URL}
 * @param apiBaseUrl     {@code whaling.kakao.api-base-url}, default {@value #DEFAULT_API_BASE_URL}
 * @param clientId       {@code whaling.kakao.client-id}, the app's REST API key
 * @param clientSecret   {@code whaling.kakao.client-secret}, or {@code null} when the app has none
 * @param connectTimeout {@code whaling.kakao.connect-timeout}, default 2 seconds
 * @param readTimeout    {@code whaling.kakao.read-timeout}, default 2 seconds
 * @param loginTimeout   {@code whaling.kakao.login-timeout}, default 2 seconds: the most a login waits
 *                       on Kakao in total, however the time is spent (connecting, waiting, reading)
 */
public record KakaoProperties(
        String authBaseUrl,
        String apiBaseUrl,
        String clientId,
        String clientSecret,
        Duration connectTimeout,
        Duration readTimeout,
        Duration loginTimeout) {

    public static final String DEFAULT_AUTH_BASE_URL = "https://kauth.kakao.com";
    public static final String DEFAULT_API_BASE_URL = "https://kapi.kakao.com";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(2);
    /** A login holds a request thread while it waits: never longer than this on Kakao. */
    public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(2);

    public KakaoProperties {
        authBaseUrl = baseUrl("auth-base-url", authBaseUrl, DEFAULT_AUTH_BASE_URL);
        apiBaseUrl = baseUrl("api-base-url", apiBaseUrl, DEFAULT_API_BASE_URL);
        if (isBlank(clientId)) {
            throw new IllegalArgumentException(
                    "whaling.kakao.client-id must be set to the Kakao app's REST API key");
        }
        clientId = clientId.strip();
        clientSecret = isBlank(clientSecret) ? null : clientSecret.strip();
        connectTimeout = timeout("connect-timeout", connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        readTimeout = timeout("read-timeout", readTimeout, DEFAULT_READ_TIMEOUT);
        loginTimeout = timeout("login-timeout", loginTimeout, DEFAULT_LOGIN_TIMEOUT);
    }

    /** Kakao's production hosts and the default timeouts, for the given app credentials. */
    public static KakaoProperties withDefaults(String clientId, String clientSecret) {
        return new KakaoProperties(null, null, clientId, clientSecret, null, null, null);
    }

    /** The client secret, when the Kakao app requires one. */
    public Optional<String> optionalClientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    /** Never prints the client secret: properties end up in startup logs and failure reports. */
    @Override
    public String toString() {
        return "KakaoProperties[authBaseUrl=" + authBaseUrl
                + ", apiBaseUrl=" + apiBaseUrl
                + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "<none>" : "<hidden>")
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", loginTimeout=" + loginTimeout + "]";
    }

    private static String baseUrl(String name, String value, String fallback) {
        if (isBlank(value)) {
            return fallback;
        }
        String trimmed = value.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("whaling.kakao." + name + " is not a URL: " + trimmed, e);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(
                    "whaling.kakao." + name + " must be an http(s) URL without query: " + trimmed);
        }
        // Request paths start with '/', so a trailing one here would double it.
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static Duration timeout(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        // Feign and the JDK client take whole milliseconds as an int.
        if (value.isNegative() || value.isZero() || value.toMillis() < 1 || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "whaling.kakao." + name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms: " + value);
        }
        return value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
