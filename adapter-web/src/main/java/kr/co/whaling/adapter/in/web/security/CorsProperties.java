package kr.co.whaling.adapter.in.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins allowed to call the API ({@code whaling.web.cors-origins}, a list; patterns such
 * as {@code https://*.example.com} allowed). Empty: no cross-origin call is allowed.
 */
@ConfigurationProperties("whaling.web")
public record CorsProperties(@DefaultValue List<String> corsOrigins) {

    public CorsProperties {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }
}
