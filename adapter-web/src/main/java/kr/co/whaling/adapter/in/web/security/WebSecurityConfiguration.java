package kr.co.whaling.adapter.in.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The API's security: stateless, CSRF off (bearer tokens only, no cookies), {@link PublicEndpoints} open
 * to anyone, everything else behind a valid access token; refusals are Problem Details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, CorsProperties.class})
public class WebSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
                                               ProblemDetailsSecurityHandler problemHandler,
                                               CorsConfigurationSource corsConfigurationSource) throws Exception {
        RequestMatcher publicCalls = PublicEndpoints.all();
        AuthenticationManager strict = new ProviderManager(new JwtAuthenticationProvider(jwtDecoder));
        AuthenticationManager lenient = authentication -> {
            try {
                return strict.authenticate(authentication);
            } catch (AuthenticationException ignored) {
                return new AnonymousAuthenticationToken("whaling-public", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
        };
        AuthenticationManagerResolver<HttpServletRequest> managers =
                request -> publicCalls.matches(request) ? lenient : strict;

        http.csrf(AbstractHttpConfigurer::disable)
                .addFilter(corsFilter(corsConfigurationSource, problemHandler))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(publicCalls).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(bearerTokenResolver(publicCalls))
                        .authenticationManagerResolver(managers)
                        .authenticationEntryPoint(problemHandler)
                        .accessDeniedHandler(problemHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemHandler)
                        .accessDeniedHandler(problemHandler));
        return http.build();
    }

    /** Spring's CORS filter, in Spring Security's place for it, refusing other origins as Problem Details. */
    private static CorsFilter corsFilter(CorsConfigurationSource source, ProblemDetailsSecurityHandler problems) {
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemDetailsCorsProcessor(problems));
        return filter;
    }

    /** The strict firewall, with header checks that cost no regular expression ({@link ApiFirewall}). */
    @Bean
    HttpFirewall httpFirewall() {
        return ApiFirewall.create();
    }

    @Bean
    ProblemDetailsSecurityHandler problemDetailsSecurityHandler(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver handlerExceptionResolver) {
        return new ProblemDetailsSecurityHandler(handlerExceptionResolver);
    }

    @Bean
    JwtEncoder jwtEncoder(JwtProperties properties) {
        return JwtCodecs.encoder(properties);
    }

    /** The resource server's decoder: access tokens only. */
    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, ObjectProvider<Clock> clock) {
        return JwtCodecs.decoder(properties, TokenType.ACCESS, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * CORS for the configured origins only, with credentials: the frontend sends every call
     * {@code withCredentials}, and a browser hides answers without {@code Access-Control-Allow-Credentials}.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        // With credentials the requested headers are echoed back: browsers take no "*" then.
        cors.setAllowedHeaders(List.of("*"));
        // The pagination headers and Location must be readable by browser code.
        cors.setExposedHeaders(List.of("X-Total-Count", HttpHeaders.LINK, HttpHeaders.LOCATION));
        cors.setAllowCredentials(true);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /**
     * Reads {@code Authorization: Bearer ...}, except on the /auth calls (they read it themselves)
     * and except a malformed header on a public call, which leaves the caller anonymous.
     */
    private static BearerTokenResolver bearerTokenResolver(RequestMatcher publicCalls) {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        RequestMatcher authCalls = PublicEndpoints.authCalls();
        return request -> {
            if (authCalls.matches(request)) {
                return null;
            }
            try {
                return standard.resolve(request);
            } catch (OAuth2AuthenticationException malformed) {
                if (publicCalls.matches(request)) {
                    return null;
                }
                throw malformed;
            }
        };
    }
}
