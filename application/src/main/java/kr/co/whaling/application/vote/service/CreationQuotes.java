package kr.co.whaling.application.vote.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.vote.GameRules;

/**
 * The quote a new question is priced at, for creating it and for previewing it alike: the one the
 * price refresh stored, while it is fresh (domain.md); only without one is the price source asked,
 * once, within a short deadline ({@link LoadPriceNowPort}). So a member never waits on the price
 * source for more than a couple of seconds, and not at all while the refresh job keeps prices fresh.
 */
final class CreationQuotes {

    private final LoadPriceNowPort loadPriceNowPort;
    private final GameRules rules;

    CreationQuotes(LoadPriceNowPort loadPriceNowPort, GameRules rules) {
        this.loadPriceNowPort = Objects.requireNonNull(loadPriceNowPort, "loadPriceNowPort");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** @throws PriceUnavailableException when no fresh price can be had */
    PriceQuote quoteFor(Coin coin, Instant now) {
        return rules.prices().freshQuote(coin.latestQuote(), now).orElseGet(() -> liveQuote(coin.code()));
    }

    private PriceQuote liveQuote(CoinCode code) {
        Optional<PriceQuote> quote;
        try {
            quote = loadPriceNowPort.loadPriceNow(code);
        } catch (PriceSourceUnavailableException sourceDown) {
            PriceUnavailableException unavailable =
                    new PriceUnavailableException(code, "the price source is unavailable");
            unavailable.initCause(sourceDown);
            throw unavailable;
        }
        return quote.filter(found -> found.code().equals(code))
                .orElseThrow(() -> new PriceUnavailableException(code, "the price source has no quote"));
    }
}
