package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded random walk over every endpoint of spec/api.md, over HTTP on the real app and MariaDB:
 * random parameters and bodies (unicode, control characters, huge numbers, wrong types, malformed
 * JSON and percent-escapes, missing and extra fields, deep nesting, other content types), with and
 * without valid tokens. No answer may be a 5xx, and every 4xx must be Problem Details whose
 * {@code status} is the answer's status.
 *
 * <p>The seed is printed; {@code -Dwhaling.fuzz.seed=N} replays a run, {@code -Dwhaling.fuzz.requests=N}
 * changes its length (3,000 by default, stopped after {@value #BUDGET_SECONDS} s on a slow machine).
 */
class ApiFuzzSystemTest extends SystemTestBase {

    private static final long SEED = Long.getLong("whaling.fuzz.seed", System.nanoTime());
    private static final int REQUESTS = Integer.getInteger("whaling.fuzz.requests", 3_000);
    private static final int BUDGET_SECONDS = 55;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call of the API: method, path (a {@code {id}} in it takes a random id), query and body fields. */
    private record Endpoint(String method, String path, List<String> query, List<String> body) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/auth", List.of(), List.of("code", "redirect_uri")),
            new Endpoint("POST", "/auth/token/verify", List.of(), List.of("headers")),
            new Endpoint("POST", "/auth/token/refresh", List.of(), List.of("refresh_token")),
            new Endpoint("GET", "/user", List.of(), List.of()),
            new Endpoint("POST", "/user/nickname/check", List.of(), List.of("nickname")),
            new Endpoint("PATCH", "/user/nickname", List.of(), List.of("nickname")),
            new Endpoint("GET", "/user/created-votes", List.of("state", "page", "size"), List.of()),
            new Endpoint("GET", "/user/participated-votes", List.of("state", "page", "size"), List.of()),
            new Endpoint("GET", "/user/points", List.of("page", "size"), List.of()),
            new Endpoint("GET", "/votes", List.of("state", "sort", "coin", "page", "size"), List.of()),
            new Endpoint("GET", "/votes/{id}", List.of(), List.of()),
            new Endpoint("GET", "/votes/preview", List.of("coin_code", "duration", "range", "comment"), List.of()),
            new Endpoint("POST", "/votes", List.of(), List.of("coin_code", "duration", "range", "comment")),
            new Endpoint("POST", "/votes/{id}/choice", List.of(), List.of("choice")),
            new Endpoint("GET", "/coins", List.of("coin"), List.of()),
            new Endpoint("GET", "/acc-percent", List.of(), List.of()),
            new Endpoint("GET", "/stats/accuracy", List.of(), List.of()),
            new Endpoint("GET", "/stats/calibration", List.of(), List.of()),
            new Endpoint("GET", "/leaderboard", List.of("size", "order"), List.of()));

    /** Values that mean something to some field, so that the walk also gets past validation. */
    private static final List<String> PLAUSIBLE = List.of("ongoing", "finished", "popular", "recent", "BTC", "btc",
            "ETH", "XRP", "비트", "day", "week", "month", "up", "down", "5", "1", "2", "0", "20", "100", "skill",
            "고래왕", "Whale_1", "ＷＨＡＬＥ", "https://whaling.example/cb", "code-9101", "");

    /** Strings no field expects. */
    private static final List<String> HOSTILE = List.of("\u0000", "\r\n", "\t", "\u007F", "\u0085", "\u2028",
            "\u202E", "\u200B", "\u3164", "\uFEFF", "🐳", "\uD83D", "ｗｈａｌｅ", "e\u0301", "' OR 1=1 --", "%",
            "%ZZ", "../../etc/passwd", "<script>", "${jndi:ldap://x}", "NaN", "Infinity", "-1", "-0", "1e309",
            "99999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "0x10", "1.5",
            "null", "true", "[]", "{}", " ", "\\u0000", "\\");

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void no_client_input_makes_the_app_answer_5xx_or_an_error_that_is_not_problem_details() {
        System.out.printf("ApiFuzzSystemTest seed=%d (replay with -Dwhaling.fuzz.seed=%d)%n", SEED, SEED);
        Random random = new Random(SEED);
        pricesAre("143250000");
        String alice = login(9101);
        String bob = login(9102);
        long voteId = createVote(alice, "{\"coin_code\": \"BTC\", \"duration\": \"week\", \"range\": 5, \"comment\": \"up\"}");
        String refresh = api.post("/auth", null, "{\"code\": \"code-9101\", \"redirect_uri\": \"https://x.example/cb\"}")
                .json().get("token").get("refresh_token").asString();
        fakes.kakaoUser(9103);
        List<String> tokens = List.of(alice, bob, refresh, "garbage", alice.substring(0, alice.length() - 2) + "xx");
        RawHttp raw = new RawHttp(port);

        long deadline = System.nanoTime() + Duration.ofSeconds(BUDGET_SECONDS).toNanos();
        int sent = 0;
        while (sent < REQUESTS && System.nanoTime() < deadline) {
            Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            String method = random.nextInt(20) == 0
                    ? pick(random, List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) : endpoint.method();
            String target = path(random, endpoint, voteId) + query(random, endpoint);
            Map<String, String> headers = headers(random, tokens);
            byte[] body = endpoint.body().isEmpty() && random.nextInt(4) != 0 ? null : body(random, endpoint, headers);
            check(method, target, headers, body, raw.send(method, target, headers, body));
            sent++;
        }

        System.out.printf("ApiFuzzSystemTest seed=%d: %d requests, statuses %s%n", SEED, sent, statuses);
        assertThat(sent).as("requests sent within %d s", BUDGET_SECONDS).isGreaterThanOrEqualTo(Math.min(REQUESTS, 500));
        assertThat(failures).as("seed %d: answers that are 5xx or errors without Problem Details", SEED).isEmpty();
    }

    private void check(String method, String target, Map<String, String> headers, byte[] body, RawHttp.Answer answer) {
        statuses.merge(answer.status(), 1, Integer::sum);
        Map<String, String> shown = new LinkedHashMap<>(headers);
        shown.computeIfPresent("Authorization", (name, value) -> value.length() > 30 ? value.substring(0, 30) + "..." : value);
        String request = method + " " + printable(target) + " " + printable(shown.toString())
                + (body == null ? "" : " body=" + printable(new String(body, StandardCharsets.UTF_8)));
        String problem = null;
        if (answer.status() >= 500) {
            problem = "5xx";
        } else if (answer.status() >= 400) {
            problem = problemDetailsFault(answer);
        }
        if (problem != null && failures.size() < 25) {
            failures.add(problem + ": " + request + " -> " + answer.status() + " " + answer.contentType() + " "
                    + printable(answer.body()));
        }
    }

    /** What is wrong with an error answer as Problem Details, or null when nothing is. */
    private static String problemDetailsFault(RawHttp.Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json";
        }
        try {
            JsonNode json = JSON.readTree(answer.body());
            return json.path("status").asInt() == answer.status() && json.hasNonNull("title") ? null : "wrong problem";
        } catch (RuntimeException notJson) {
            return "problem body is not JSON";
        }
    }

    private static String path(Random random, Endpoint endpoint, long voteId) {
        String id = switch (random.nextInt(8)) {
            case 0, 1, 2 -> Long.toString(voteId);
            case 3 -> Long.toString(random.nextLong());
            case 4 -> pick(random, List.of("0", "-1", "99999999999999999999", "1.5", "abc", "%20", "%ZZ", "1%00"));
            default -> encode(randomString(random));
        };
        String path = endpoint.path().replace("{id}", id);
        return random.nextInt(5) == 0 ? path + "/" : path;
    }

    private static String query(Random random, Endpoint endpoint) {
        if (endpoint.query().isEmpty() && random.nextInt(5) != 0) {
            return "";
        }
        List<String> names = new ArrayList<>(endpoint.query());
        if (names.isEmpty() || random.nextInt(5) == 0) {
            names.add(randomString(random));
        }
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            String value = value(random);
            parts.add(switch (random.nextInt(10)) {
                case 0 -> encode(name) + "=" + pick(random, List.of("%ZZ", "%", "%E0%A4%A", "%C3%28", "%%", "%u0041"));
                case 1 -> encode(name);
                case 2 -> encode(name) + "=" + raw(value);
                default -> encode(name) + "=" + encode(value);
            });
        }
        return parts.isEmpty() && random.nextBoolean() ? "" : "?" + String.join("&", parts);
    }

    private static Map<String, String> headers(Random random, List<String> tokens) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (random.nextInt(8)) {
            case 0 -> { }
            case 1 -> headers.put("Authorization", "Bearer " + pick(random, tokens));
            case 2 -> headers.put("Authorization", pick(random, List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz",
                    "bearer " + tokens.get(0), "Bearer " + randomAscii(random), "Token x")));
            default -> headers.put("Authorization", "Bearer " + tokens.get(random.nextInt(2)));
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept", pick(random, List.of("*/*", "application/json", "application/problem+json",
                    "text/html", "text/csv", "application/xml", "image/*", "garbage", "application/json;q=0")));
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept-Language", pick(random, List.of("en", "ko", "en-US,en;q=0.9", "xx", "*", "en;q=abc",
                    "ko-KR", "")));
        }
        if (random.nextInt(30) == 0) {
            headers.put("X-Fuzz", pick(random, HOSTILE));
        }
        return headers;
    }

    private static byte[] body(Random random, Endpoint endpoint, Map<String, String> headers) {
        String contentType = switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> "text/plain";
            case 2 -> "application/x-www-form-urlencoded";
            case 3 -> "multipart/form-data; boundary=fuzz";
            case 4 -> "application/json; charset=ISO-8859-1";
            case 5 -> "application/xml";
            default -> "application/json";
        };
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            return (pick(random, endpoint.body().isEmpty() ? List.of("x") : endpoint.body()) + "="
                    + pick(random, List.of("%ZZ", "whale", "%", encode(randomString(random))))).getBytes(StandardCharsets.UTF_8);
        }
        if (contentType != null && contentType.startsWith("multipart/")) {
            return pick(random, List.of("--fuzz\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--fuzz--\r\n",
                    "garbage", "--fuzz\r\n\r\n")).getBytes(StandardCharsets.UTF_8);
        }
        return switch (random.nextInt(14)) {
            case 0 -> new byte[0];
            case 1 -> "[".repeat(2_000 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{\"a\":".repeat(1_000 + random.nextInt(5_000))).getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] {(byte) 0xC3, (byte) 0x28, '{', (byte) 0xFF, '}'};
            case 4 -> randomString(random).getBytes(StandardCharsets.UTF_8);
            case 5 -> mangle(random, json(random, endpoint)).getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{\"" + pick(random, endpoint.body().isEmpty() ? List.of("x") : endpoint.body()) + "\": \""
                    + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            default -> json(random, endpoint).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A JSON object of the endpoint's fields, each missing, plausible, hostile or of a wrong type, maybe more fields. */
    private static String json(Random random, Endpoint endpoint) {
        List<String> fields = new ArrayList<>();
        for (String name : endpoint.body()) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            fields.add(JSON.writeValueAsString(name) + ": " + jsonValue(random));
        }
        if (random.nextInt(4) == 0) {
            fields.add(JSON.writeValueAsString(randomString(random)) + ": " + jsonValue(random));
        }
        return random.nextInt(15) == 0 ? "[" + String.join(", ", fields) + "]" : "{" + String.join(", ", fields) + "}";
    }

    private static String jsonValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> pick(random, List.of("true", "false", "null", "[]", "{}", "[1, 2]", "{\"a\": {\"b\": []}}"));
            case 1 -> pick(random, List.of("1", "2", "3", "0", "-1", "1.5", "1e309", "-1e309", "99999999999999999999999",
                    "2147483648", "9223372036854775808", "1E2", "0.0000001", "-0"));
            case 2 -> Long.toString(random.nextLong());
            case 3, 4 -> JSON.writeValueAsString(pick(random, HOSTILE));
            case 5 -> JSON.writeValueAsString(randomString(random));
            default -> JSON.writeValueAsString(value(random));
        };
    }

    /** Breaks valid JSON: cut short, a character replaced, quotes swapped, a trailing comma. */
    private static String mangle(Random random, String json) {
        if (json.length() < 2) {
            return json + "{";
        }
        int at = random.nextInt(json.length());
        return switch (random.nextInt(5)) {
            case 0 -> json.substring(0, at);
            case 1 -> json.substring(0, at) + pick(random, List.of("\"", "}", ",", "\\", "\u0000", "'")) + json.substring(at + 1);
            case 2 -> json.replace('"', '\'');
            case 3 -> json.substring(0, json.length() - 1) + ",}";
            default -> json + json;
        };
    }

    private static String value(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, HOSTILE);
            case 1 -> randomString(random);
            default -> pick(random, PLAUSIBLE);
        };
    }

    /** Up to 40 characters from ASCII, Korean, full-width, combining marks, controls, emoji, fillers. */
    private static String randomString(Random random) {
        int length = random.nextInt(10) == 0 ? 300 + random.nextInt(3_000) : random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0xAC00 + random.nextInt(11_172);
                case 2 -> 0xFF01 + random.nextInt(94);
                case 3 -> 0x0300 + random.nextInt(0x70);
                case 4 -> 0x1F300 + random.nextInt(0x300);
                case 5 -> pick(random, List.of(0x3164, 0x200B, 0x202E, 0xFEFF, 0x2800, 0x00A0, 0xFFFD, 0x10FFFF));
                default -> 0x20 + random.nextInt(0x5F);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String randomAscii(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(60); i > 0; i--) {
            text.append((char) (0x21 + random.nextInt(0x5E)));
        }
        return text.toString();
    }

    /**
     * The value as a careless client writes it: unencoded, non-ASCII bytes included, but with
     * controls and the characters that end a request line or a query encoded (else it would be
     * another request, not a query of this one).
     */
    private static String raw(String value) {
        StringBuilder written = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c <= 0x20 || c == 0x7F || c == '#' || c == '&') {
                written.append(encode(new String(Character.toChars(c))));
            } else {
                written.appendCodePoint(c);
            }
        });
        return written.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** For the report: control characters shown as escapes, long texts cut. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.length() > 300 ? shown + "...(" + text.length() + " chars)" : shown.toString();
    }
}
