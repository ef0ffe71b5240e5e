package kr.co.whaling.domain.testdata;

import java.time.Instant;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.PriceQuote;

/** Test data builder for {@link Coin} and {@link Market}: a listed coin without warning by default (BTC). */
public final class CoinBuilder {

    private String code = "BTC";
    private String koreanName = "비트코인";
    private String englishName = "Bitcoin";
    private String imageUrl = "https://static.upbit.com/logos/BTC.png";
    private boolean warning;
    private boolean listed = true;
    private PriceQuote latestQuote;

    private CoinBuilder() {
    }

    /** A listed Bitcoin without warning and without a known quote. */
    public static CoinBuilder aCoin() {
        return new CoinBuilder();
    }

    /** Sets the code, and names and image that go with it. */
    public CoinBuilder withCode(String value) {
        this.code = value;
        this.englishName = value;
        this.koreanName = value;
        this.imageUrl = "https://static.upbit.com/logos/" + value + ".png";
        return this;
    }

    public CoinBuilder withNames(String korean, String english) {
        this.koreanName = korean;
        this.englishName = english;
        return this;
    }

    public CoinBuilder withImageUrl(String value) {
        this.imageUrl = value;
        return this;
    }

    /** The exchange marks the coin with a warning (delisting risk). */
    public CoinBuilder underWarning() {
        this.warning = true;
        return this;
    }

    /** The exchange no longer lists the coin. */
    public CoinBuilder delisted() {
        this.listed = false;
        return this;
    }

    /** The coin's latest known quote. */
    public CoinBuilder quotedAt(String price, Instant at) {
        this.latestQuote = new PriceQuote(new CoinCode(code), Prices.krw(price), at);
        return this;
    }

    public Coin build() {
        return Coin.restore(new CoinCode(code), koreanName, englishName, imageUrl, warning, listed, latestQuote);
    }

    /** The market as the price source would list it. */
    public Market buildMarket() {
        return new Market(new CoinCode(code), koreanName, englishName, imageUrl, warning);
    }
}
