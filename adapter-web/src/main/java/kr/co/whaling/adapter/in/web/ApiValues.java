package kr.co.whaling.adapter.in.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import kr.co.whaling.domain.shared.GameClock;

/** How the API writes times (Seoul offset), decimals (no exponent, no trailing zeros) and enum names (lower case). */
final class ApiValues {

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

    /** A share or score of 0..1 (a base rate, a Brier score) with four decimals, trailing zeros cut. */
    static BigDecimal share(double value) {
        return decimal(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }

    /** Percentage points (skill) with one decimal, as hit rates are shown. */
    static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
