package kr.co.whaling.domain.coin;

import java.util.Objects;
import java.util.Optional;

/**
 * A coin of the catalog: what the exchange lists, its image, and its latest known quote.
 * A coin under warning (delisting risk) or no longer listed takes no new questions.
 */
public final class Coin {

    private final CoinCode code;
    private final String koreanName;
    private final String englishName;
    private final String imageUrl;
    private final boolean warning;
    private final boolean listed;
    private final PriceQuote latestQuote;

    private Coin(CoinCode code, String koreanName, String englishName, String imageUrl,
                 boolean warning, boolean listed, PriceQuote latestQuote) {
        this.code = Objects.requireNonNull(code, "code");
        this.koreanName = Objects.requireNonNull(koreanName, "koreanName");
        this.englishName = Objects.requireNonNull(englishName, "englishName");
        this.imageUrl = imageUrl;
        this.warning = warning;
        this.listed = listed;
        this.latestQuote = latestQuote;
    }

    /** A coin as the exchange lists it now, with no quote yet. */
    public static Coin listed(Market market) {
        return new Coin(market.code(), market.koreanName(), market.englishName(), market.imageUrl(),
                market.warning(), true, null);
    }

    /** A coin as the database hands it back. */
    public static Coin restore(CoinCode code, String koreanName, String englishName, String imageUrl,
                               boolean warning, boolean listed, PriceQuote latestQuote) {
        return new Coin(code, koreanName, englishName, imageUrl, warning, listed, latestQuote);
    }

    /** Whether members may ask new questions about this coin. */
    public boolean acceptsNewVotes() {
        return listed && !warning;
    }

    public CoinCode code() {
        return code;
    }

    public String koreanName() {
        return koreanName;
    }

    public String englishName() {
        return englishName;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public boolean warning() {
        return warning;
    }

    public boolean listed() {
        return listed;
    }

    public Optional<PriceQuote> latestQuote() {
        return Optional.ofNullable(latestQuote);
    }
}
