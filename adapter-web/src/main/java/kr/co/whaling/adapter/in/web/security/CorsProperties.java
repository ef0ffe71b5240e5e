package kr.co.whaling.adapter.in.web.security;

import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Browser origins allowed to call the API with credentials ({@code whaling.web.cors-origins}); empty: none.
 * Each names scheme and host ({@code *.} for subdomains, port {@code [*]} for any); wildcards wider than
 * that are refused at startup, as CORS with credentials for every origin lets any site act as the member.
 */
@Validated
@ConfigurationProperties("whaling.web")
public record CorsProperties(@DefaultValue List<String> corsOrigins) {

    public CorsProperties {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    @AssertTrue(message = "whaling.web.cors-origins must list origins such as https://whaling.example or "
            + "https://*.whaling.example, never a wildcard: CORS answers them with credentials")
    public boolean isEveryOriginNamed() {
        return corsOrigins.stream().allMatch(CorsProperties::namesAnOrigin);
    }

    /** {@code http(s)://host[:port]}: the host concrete, or {@code *.} before a concrete domain; any port. */
    static boolean namesAnOrigin(String origin) {
        String text = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT);
        // Spring ignores one trailing slash, as browsers never send one.
        text = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0 || !List.of("http", "https").contains(text.substring(0, schemeEnd))) {
            return false;
        }
        String authority = text.substring(schemeEnd + 3);
        // A host has no colon, except an IPv6 literal, which is bracketed.
        int hostEnd = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.indexOf(':');
        if (hostEnd == 0) {
            return false;
        }
        String host = hostEnd < 0 ? authority : authority.substring(0, hostEnd);
        String rest = authority.substring(host.length());
        if (!rest.isEmpty() && !rest.startsWith(":")) {
            return false;
        }
        String port = rest.isEmpty() ? null : rest.substring(1);
        String domain = host.startsWith("*.") ? host.substring(2) : host;
        return !domain.isEmpty() && domain.chars().noneMatch(c -> c == '*' || c == '/' || c == '@')
                && !domain.startsWith(".") && (port == null || port.equals("[*]") || isPortList(port));
    }

    /** {@code 8080}, or Spring's {@code [8080,8081]}. */
    private static boolean isPortList(String port) {
        String ports = port.startsWith("[") && port.endsWith("]") ? port.substring(1, port.length() - 1) : port;
        return !ports.isEmpty() && List.of(ports.split(",", -1)).stream()
                .allMatch(number -> !number.isBlank() && number.strip().chars().allMatch(Character::isDigit));
    }
}
