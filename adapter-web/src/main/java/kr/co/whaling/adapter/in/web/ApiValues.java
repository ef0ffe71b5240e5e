package kr.co.whaling.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import kr.co.whaling.domain.shared.GameClock;

/** How the API writes times (Seoul offset), decimals (no exponent, no trailing zeros) and enum names (lower case). */
final class ApiValues {

    private ApiValues() {
    }

    static OffsetDateTime seoul(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, GameClock.ZONE);
    }

    static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
