package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import kr.co.whaling.application.coin.DailyCloseHistory;
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
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;

/**
 * Asks the crowd a new question: checks it, takes its base rate from the coin's daily closes (which
 * the guardrail may refuse), prices it at the coin's fresh latest price ({@link CreationQuotes}), and
 * saves it with its base rate while charging the creator's fee.
 */
public class CreateVoteService implements CreateVoteUseCase {

    private final LoadMemberPort loadMemberPort;
    private final LoadCoinPort loadCoinPort;
    private final DailyCloseHistory dailyCloseHistory;
    private final CreationQuotes quotes;
    private final SaveVotePort saveVotePort;
    private final Clock clock;
    private final GameRules rules;

    public CreateVoteService(LoadMemberPort loadMemberPort, LoadCoinPort loadCoinPort,
                             DailyCloseHistory dailyCloseHistory, LoadPriceNowPort loadPriceNowPort,
                             SaveVotePort saveVotePort, Clock clock, GameRules rules) {
        this.loadMemberPort = Objects.requireNonNull(loadMemberPort, "loadMemberPort");
        this.loadCoinPort = Objects.requireNonNull(loadCoinPort, "loadCoinPort");
        this.dailyCloseHistory = Objects.requireNonNull(dailyCloseHistory, "dailyCloseHistory");
        this.quotes = new CreationQuotes(loadPriceNowPort, rules);
        this.saveVotePort = Objects.requireNonNull(saveVotePort, "saveVotePort");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Deliberately not one transaction: the price source may be called in the middle, and no
     * database connection should wait on it. The one write, {@link SaveVotePort#createVote}, is
     * atomic on its own and charges the fee only if the balance still covers it, whatever was read
     * before. Everything that can refuse the question (the guardrail included) is checked before the
     * price is asked for and before anything is charged.
     */
    @Override
    public VoteId createVote(CreateVoteCommand command) {
        Member creator = loadMemberPort.loadMember(command.creatorId())
                .orElseThrow(() -> new NotFoundException("member", command.creatorId()));
        CoinCode code = CoinCode.parse(command.coinCode());
        Coin coin = loadCoinPort.loadCoin(code)
                .orElseThrow(() -> new CoinNotAvailableException(code, CoinNotAvailableException.Reason.UNKNOWN));
        Instant now = clock.instant();
        Vote.Draft draft = Vote.draft(creator, coin, command.direction(), command.rangePercent(), command.horizon(),
                rules);
        draft = draft.withBaseRate(dailyCloseHistory.baseRateOf(draft.terms(), now, rules), rules);
        PriceQuote quote = quotes.quoteFor(coin, now);
        return saveVotePort.createVote(draft.price(quote, now, rules), now);
    }
}
