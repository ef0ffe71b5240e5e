package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.vote.model.VotePreview;
import kr.co.whaling.application.vote.port.in.PreviewVoteQuery;
import kr.co.whaling.application.vote.port.in.PreviewVoteUseCase;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;

/**
 * Previews a question as {@link CreateVoteService} would create it, saving and charging nothing: a
 * refusal is reported, not thrown. Only a missing price or history still throws, as nothing can be told.
 */
public class PreviewVoteService implements PreviewVoteUseCase {

    private final LoadMemberPort loadMemberPort;
    private final LoadCoinPort loadCoinPort;
    private final DailyCloseHistory dailyCloseHistory;
    private final CreationQuotes quotes;
    private final Clock clock;
    private final GameRules rules;

    public PreviewVoteService(LoadMemberPort loadMemberPort, LoadCoinPort loadCoinPort,
                              DailyCloseHistory dailyCloseHistory, LoadPriceNowPort loadPriceNowPort, Clock clock,
                              GameRules rules) {
        this.loadMemberPort = loadMemberPort;
        this.loadCoinPort = loadCoinPort;
        this.dailyCloseHistory = dailyCloseHistory;
        this.quotes = new CreationQuotes(loadPriceNowPort, rules);
        this.clock = clock;
        this.rules = rules;
    }

    @Override
    public VotePreview previewVote(PreviewVoteQuery query) {
        Member creator = loadMemberPort.loadMember(query.creatorId())
                .orElseThrow(() -> new NotFoundException("member", query.creatorId()));
        CoinCode code;
        try {
            code = CoinCode.parse(query.coinCode());
        } catch (InvalidValueException malformed) {
            return VotePreview.refused(Optional.empty(), malformed);
        }
        Optional<Coin> found = loadCoinPort.loadCoin(code);
        if (found.isEmpty()) {
            return VotePreview.refused(Optional.empty(),
                    new CoinNotAvailableException(code, CoinNotAvailableException.Reason.UNKNOWN));
        }
        Coin coin = found.get();
        Optional<CoinSummary> summary = Optional.of(new CoinSummary(coin.code(), coin.koreanName(), coin.imageUrl()));
        VoteTerms terms;
        try {
            Range range = rules.ranges().check(query.direction(), query.rangePercent());
            terms = new VoteTerms(code, query.direction(), range, query.horizon());
        } catch (InvalidValueException badRange) {
            return VotePreview.refused(summary, firstRefusal(creator, coin, query, Optional.empty())
                    .orElse(badRange));
        }
        Instant now = clock.instant();
        Optional<BaseRate> baseRate = dailyCloseHistory.baseRateOf(terms, now, rules);
        PriceQuote quote = quotes.quoteFor(coin, now);
        return new VotePreview(summary, Optional.of(quote.price()),
                Optional.of(terms.direction().target(quote.price(), terms.range())), baseRate,
                firstRefusal(creator, coin, query, baseRate));
    }

    /** What creating the question would be refused for first, as {@link CreateVoteService} checks it. */
    private Optional<DomainException> firstRefusal(Member creator, Coin coin, PreviewVoteQuery query,
                                                   Optional<BaseRate> baseRate) {
        try {
            Vote.draft(creator, coin, query.direction(), query.rangePercent(), query.horizon(), rules)
                    .withBaseRate(baseRate, rules);
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused);
        }
    }
}
