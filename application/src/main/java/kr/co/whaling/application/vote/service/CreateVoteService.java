package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
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
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;

/** Asks the crowd a new question: checks it and its base rate, prices it, saves it and charges the fee. */
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
        this.loadMemberPort = loadMemberPort;
        this.loadCoinPort = loadCoinPort;
        this.dailyCloseHistory = dailyCloseHistory;
        this.quotes = new CreationQuotes(loadPriceNowPort, rules);
        this.saveVotePort = saveVotePort;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Deliberately not one transaction: no connection should wait on the price source, and the one write
     * ({@link SaveVotePort#createVote}) is atomic and checks the balance itself. Every refusal (the
     * guardrail included) comes before the price is asked for.
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
        return saveVotePort.createVote(draft.price(quotes.quoteFor(coin, now), now, rules), now);
    }
}
