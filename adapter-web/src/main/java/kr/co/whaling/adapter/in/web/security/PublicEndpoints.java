package kr.co.whaling.adapter.in.web.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The calls that need no token (spec/api.md), with and without a trailing slash. A valid token there
 * identifies the caller; an invalid one is ignored, as a stale token in a browser must not break public pages.
 */
final class PublicEndpoints {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    static RequestMatcher all() {
        List<RequestMatcher> matchers = new ArrayList<>();
        matchers.add(authCalls());
        for (String path : List.of("/coins", "/acc-percent", "/stats/accuracy", "/leaderboard", "/votes",
                "/votes/{id}")) {
            add(matchers, HttpMethod.GET, path);
        }
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")) {
            add(matchers, null, path);
        }
        return new OrRequestMatcher(matchers);
    }

    /** The login and token calls, which handle tokens in the controller rather than in the filter. */
    static RequestMatcher authCalls() {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String path : List.of("/auth", "/auth/token/verify", "/auth/token/refresh")) {
            add(matchers, HttpMethod.POST, path);
        }
        return new OrRequestMatcher(matchers);
    }

    private static void add(List<RequestMatcher> matchers, HttpMethod method, String path) {
        matchers.add(PATHS.matcher(method, path));
        if (!path.endsWith("**")) {
            matchers.add(PATHS.matcher(method, path + "/"));
        }
    }
}
