package kr.co.whaling.domain.coin;

import java.util.Objects;

/**
 * A KRW market as the price source lists it: code, names, the coin's image, and whether the
 * exchange marks it with a warning (delisting risk).
 */
public record Market(CoinCode code, String koreanName, String englishName, String imageUrl, boolean warning) {

    public Market {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(koreanName, "koreanName");
        Objects.requireNonNull(englishName, "englishName");
    }
}
