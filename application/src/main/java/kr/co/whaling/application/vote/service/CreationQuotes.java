package kr.co.whaling.application.vote.service;

import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.vote.GameRules;

/**
 * The quote a new question is priced at: the stored one while fresh (domain.md), else one ask of the
 * price source within a short deadline. So a member waits a couple of seconds at most, and not at all
 * while the refresh job keeps prices fresh.
 */
record CreationQuotes(LoadPriceNowPort loadPriceNowPort, GameRules rules) {

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
