package kr.co.whaling.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import kr.co.whaling.application.port.in.CreateVoteCommand;
import kr.co.whaling.application.port.in.CreateVoteUseCase;
import kr.co.whaling.application.port.out.LoadCoinPort;
import kr.co.whaling.application.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.port.out.LoadMemberPort;
import kr.co.whaling.application.port.out.PriceSourceUnavailableException;
import kr.co.whaling.application.port.out.SaveVotePort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteId;

/**
 * Asks the crowd a new question: checks it, prices it at the coin's fresh current price, and saves
 * it while charging the creator's fee.
 */
public class CreateVoteService implements CreateVoteUseCase {

    private final LoadMemberPort loadMemberPort;
    private final LoadCoinPort loadCoinPort;
    private final LoadCurrentPricesPort loadCurrentPricesPort;
    private final SaveVotePort saveVotePort;
    private final Clock clock;
    private final GameRules rules;

    public CreateVoteService(LoadMemberPort loadMemberPort, LoadCoinPort loadCoinPort,
                             LoadCurrentPricesPort loadCurrentPricesPort, SaveVotePort saveVotePort, Clock clock,
                             GameRules rules) {
        this.loadMemberPort = Objects.requireNonNull(loadMemberPort, "loadMemberPort");
        this.loadCoinPort = Objects.requireNonNull(loadCoinPort, "loadCoinPort");
        this.loadCurrentPricesPort = Objects.requireNonNull(loadCurrentPricesPort, "loadCurrentPricesPort");
        this.saveVotePort = Objects.requireNonNull(saveVotePort, "saveVotePort");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Deliberately not one transaction: the price source is called in the middle, and no database
     * connection should wait on it. The one write, {@link SaveVotePort#createVote}, is atomic on its
     * own and charges the fee only if the balance still covers it, whatever was read before.
     */
    @Override
    public VoteId createVote(CreateVoteCommand command) {
        Member creator = loadMemberPort.loadMember(command.creatorId())
                .orElseThrow(() -> new NotFoundException("member", command.creatorId()));
        CoinCode code = CoinCode.parse(command.coinCode());
        Coin coin = loadCoinPort.loadCoin(code)
                .orElseThrow(() -> new CoinNotAvailableException(code, CoinNotAvailableException.Reason.UNKNOWN));
        // Everything that needs no price is refused before the price source is asked.
        Vote.draft(creator, coin, command.direction(), command.rangePercent(), command.horizon(), rules);
        PriceQuote quote = currentQuote(code);
        Instant now = clock.instant();
        Vote vote = Vote.create(creator, coin, command.direction(), command.rangePercent(), command.horizon(), quote,
                now, rules);
        return saveVotePort.createVote(vote, now);
    }

    private PriceQuote currentQuote(CoinCode code) {
        List<PriceQuote> quotes;
        try {
            quotes = loadCurrentPricesPort.loadCurrentPrices(List.of(code));
        } catch (PriceSourceUnavailableException sourceDown) {
            PriceUnavailableException unavailable =
                    new PriceUnavailableException(code, "the price source is unavailable");
            unavailable.initCause(sourceDown);
            throw unavailable;
        }
        return quotes.stream()
                .filter(quote -> quote.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new PriceUnavailableException(code, "the price source has no quote"));
    }
}
