package kr.co.whaling.domain.coin;

import java.util.Objects;
import java.util.Optional;

/** A coin of the catalog; under warning (delisting risk) or no longer listed, it takes no new questions. */
public record Coin(CoinCode code, String koreanName, String englishName, String imageUrl, boolean warning,
                   boolean listed, Optional<PriceQuote> latestQuote) {

    public Coin {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(koreanName, "koreanName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(latestQuote, "latestQuote");
    }

    /** A coin as the database hands it back. */
    public static Coin restore(CoinCode code, String koreanName, String englishName, String imageUrl,
                               boolean warning, boolean listed, PriceQuote latestQuote) {
        return new Coin(code, koreanName, englishName, imageUrl, warning, listed, Optional.ofNullable(latestQuote));
    }

    public boolean acceptsNewVotes() {
        return listed && !warning;
    }
}
