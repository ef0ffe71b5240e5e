package kr.co.whaling.benchmarks;

import java.util.Arrays;

/** What the benchmark drives: one endpoint alone, or the frontend's whole session. */
enum Endpoint {

    /** {@code GET /actuator/health}: the framework's floor (no token, one pooled-connection check). */
    HEALTH("health", "GET:/actuator/health"),
    /** {@code GET /votes?page=0&size=20} as a rotating member: the page carries that member's answers. */
    LIST("list", "GET:/votes"),
    /** {@code GET /votes/{id}}: a random question as a random member. */
    GET("get", "GET:/votes/{id}"),
    /** {@code POST /votes/{id}/choice}: each request a member's first answer to an ongoing question. */
    ANSWER("answer", "POST:/votes/{id}/choice"),
    /** {@code GET /leaderboard?order=skill}: the best 20 by skill, over every member ranked (all of them). */
    SKILL("skill", "GET:/leaderboard?order=skill"),
    /** {@code GET /stats/calibration} as a rotating member: the crowd's calibration per coin and horizon. */
    CALIBRATION("calibration", "GET:/stats/calibration"),
    /** The frontend's real calls (spec/api.md): main page, a question, an answer to it, my page. */
    SESSION("session", "SESSION");

    private final String key;
    private final String label;

    Endpoint(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in the output lines, e.g. {@code GET:/votes}. */
    String label() {
        return label;
    }

    static Endpoint fromKey(String key) {
        return Arrays.stream(values()).filter(endpoint -> endpoint.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown endpoint " + key
                        + " (health, list, get, answer, skill, calibration, session)"));
    }

    static Endpoint fromLabel(String label) {
        return Arrays.stream(values()).filter(endpoint -> endpoint.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown endpoint " + label));
    }
}
