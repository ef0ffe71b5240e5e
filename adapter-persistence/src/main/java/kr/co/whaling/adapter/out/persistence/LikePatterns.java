package kr.co.whaling.adapter.out.persistence;

import java.util.Locale;

/** Turns a member's search text into a lower-case "contains" LIKE pattern, escaped with {@code !}. */
final class LikePatterns {

    /** {@code null} for an empty text: the queries read a null pattern as "match everything". */
    static String containsIgnoringCase(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
