package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The frontend in a browser on {@code origin}: axios sending every call with credentials, bodies as
 * JSON and, once it holds a token, the token in a default {@code Authorization} header. Like a
 * browser, it sends a CORS preflight before each call that needs one (a header or content type
 * outside CORS's safelist, such as {@code Authorization} or JSON, or a method other than GET, HEAD
 * and POST), and it checks each CORS answer: the test fails wherever a browser would block the call
 * or hide its answer from the frontend.
 */
final class Browser {

    private static final Set<String> SIMPLE_METHODS = Set.of("GET", "HEAD", "POST");

    private final Api api;
    private final String origin;
    private String token;
    private int preflights;

    Browser(Api api, String origin) {
        this.api = api;
        this.origin = origin;
    }

    /** What the frontend stores after login or a refresh, and sends from then on. */
    void useToken(String accessToken) {
        this.token = accessToken;
    }

    Api.Reply get(String path) {
        return call("GET", path, null);
    }

    Api.Reply post(String path, String jsonBody) {
        return call("POST", path, jsonBody);
    }

    Api.Reply patch(String path, String jsonBody) {
        return call("PATCH", path, jsonBody);
    }

    /** How many preflights the browser sent (each one answered with the CORS allowance). */
    int preflights() {
        return preflights;
    }

    /** A response header as browser code reads it: only when CORS exposes it. */
    String exposedHeader(Api.Reply reply, String name) {
        assertThat(list(reply.header("Access-Control-Expose-Headers"))).as("exposed headers").contains(lower(name));
        return reply.header(name);
    }

    private Api.Reply call(String method, String path, String jsonBody) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Origin", origin);
        List<String> unsafeHeaders = new ArrayList<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
            unsafeHeaders.add("authorization");
        }
        if (jsonBody != null) {
            unsafeHeaders.add("content-type");
        }
        if (!unsafeHeaders.isEmpty() || !SIMPLE_METHODS.contains(method)) {
            preflight(method, path, unsafeHeaders);
        }
        Api.Reply reply = api.send(method, path, headers, jsonBody);
        assertAllowed(reply, method + " " + path);
        return reply;
    }

    private void preflight(String method, String path, List<String> unsafeHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Origin", origin);
        headers.put("Access-Control-Request-Method", method);
        if (!unsafeHeaders.isEmpty()) {
            headers.put("Access-Control-Request-Headers", String.join(",", unsafeHeaders));
        }
        Api.Reply reply = api.send("OPTIONS", path, headers, null);
        String call = "preflight of " + method + " " + path;
        assertThat(reply.status()).as(call).isBetween(200, 299);
        assertAllowed(reply, call);
        assertThat(list(reply.header("Access-Control-Allow-Methods"))).as(call).contains(lower(method));
        assertThat(list(reply.header("Access-Control-Allow-Headers"))).as(call).containsAll(unsafeHeaders);
        preflights++;
    }

    private void assertAllowed(Api.Reply reply, String call) {
        assertThat(reply.header("Access-Control-Allow-Origin")).as("%s: allowed origin", call).isEqualTo(origin);
        assertThat(reply.header("Access-Control-Allow-Credentials")).as("%s: credentials", call).isEqualTo("true");
    }

    private static List<String> list(String header) {
        return header == null ? List.of()
                : Arrays.stream(header.split(",")).map(String::strip).map(Browser::lower).toList();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
