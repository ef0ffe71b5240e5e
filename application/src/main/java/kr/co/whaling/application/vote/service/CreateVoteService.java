package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.vote.port.in.CreateVoteCommand;
import kr.co.whaling.application.vote.port.in.CreateVoteUseCase;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;

/**
 * Asks the crowd a new question: checks it, prices it at the coin's fresh latest price, and saves
 * it while charging the creator's fee.
 *
 * <p>The price is the one the price refresh stored, while it is fresh (domain.md); only without
 * one is the price source asked, once, within a short deadline ({@link LoadPriceNowPort}). So a
 * member never waits on the price source for more than a couple of seconds, and not at all while
 * the refresh job keeps prices fresh.
 */
public class CreateVoteService implements CreateVoteUseCase {

    private final LoadMemberPort loadMemberPort;
    private final LoadCoinPort loadCoinPort;
    private final LoadPriceNowPort loadPriceNowPort;
    private final SaveVotePort saveVotePort;
    private final Clock clock;
    private final GameRules rules;

    public CreateVoteService(LoadMemberPort loadMemberPort, LoadCoinPort loadCoinPort,
                             LoadPriceNowPort loadPriceNowPort, SaveVotePort saveVotePort, Clock clock,
                             GameRules rules) {
        this.loadMemberPort = Objects.requireNonNull(loadMemberPort, "loadMemberPort");
        this.loadCoinPort = Objects.requireNonNull(loadCoinPort, "loadCoinPort");
        this.loadPriceNowPort = Objects.requireNonNull(loadPriceNowPort, "loadPriceNowPort");
        this.saveVotePort = Objects.requireNonNull(saveVotePort, "saveVotePort");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Deliberately not one transaction: the price source may be called in the middle, and no
     * database connection should wait on it. The one write, {@link SaveVotePort#createVote}, is
     * atomic on its own and charges the fee only if the balance still covers it, whatever was read
     * before.
     */
    @Override
    public VoteId createVote(CreateVoteCommand command) {
        Member creator = loadMemberPort.loadMember(command.creatorId())
                .orElseThrow(() -> new NotFoundException("member", command.creatorId()));
        CoinCode code = CoinCode.parse(command.coinCode());
        Coin coin = loadCoinPort.loadCoin(code)
                .orElseThrow(() -> new CoinNotAvailableException(code, CoinNotAvailableException.Reason.UNKNOWN));
        // Everything that needs no price is refused before the price source is asked.
        Vote.Draft draft = Vote.draft(creator, coin, command.direction(), command.rangePercent(), command.horizon(),
                rules);
        Instant now = clock.instant();
        PriceQuote quote = rules.prices().freshQuote(coin.latestQuote(), now).orElseGet(() -> liveQuote(code));
        return saveVotePort.createVote(draft.price(quote, now, rules), now);
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
