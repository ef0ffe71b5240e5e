package kr.co.whaling.adapter.out.kakao;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Settings of the Kakao identity source ({@code whaling.kakao.*}). Missing base URLs and timeouts
 * take Kakao's production hosts and the constructor's defaults; blank values count as missing, so an empty
 * environment variable behaves like an absent one.
 *
 * @param clientId     the app's REST API key, required
 * @param clientSecret {@code null} unless the app turned "client secret" on in the Kakao console
 * @param loginTimeout the most a login waits on Kakao in total, both calls included; it holds a request thread
 */
public record KakaoProperties(
        String authBaseUrl,
        String apiBaseUrl,
        String clientId,
        String clientSecret,
        Duration connectTimeout,
        Duration readTimeout,
        Duration loginTimeout) {

    public KakaoProperties {
        authBaseUrl = baseUrl("auth-base-url", authBaseUrl, "https://kauth.kakao.com");
        apiBaseUrl = baseUrl("api-base-url", apiBaseUrl, "https://kapi.kakao.com");
        if (isBlank(clientId)) {
            throw new IllegalArgumentException(
                    "whaling.kakao.client-id must be set to the Kakao app's REST API key");
        }
        clientId = clientId.strip();
        clientSecret = isBlank(clientSecret) ? null : clientSecret.strip();
        connectTimeout = timeout("connect-timeout", connectTimeout, Duration.ofSeconds(1));
        readTimeout = timeout("read-timeout", readTimeout, Duration.ofSeconds(2));
        loginTimeout = timeout("login-timeout", loginTimeout, Duration.ofSeconds(2));
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
