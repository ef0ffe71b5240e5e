package kr.co.whaling.domain.vote;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.LeaderboardPolicy;
import kr.co.whaling.domain.accuracy.WhalePolicy;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.baserate.GuardrailPolicy;
import kr.co.whaling.domain.coin.DailyCloses;
import kr.co.whaling.domain.coin.PricePolicy;
import kr.co.whaling.domain.member.SignupPolicy;
import kr.co.whaling.domain.terms.RangePolicy;
import kr.co.whaling.domain.terms.SchedulePolicy;
import kr.co.whaling.domain.terms.VoteTerms;

/** Every policy of the game in one place; {@link #standard()} holds the numbers of domain.md. */
public record GameRules(SchedulePolicy schedules, RangePolicy ranges, VotePricingPolicy pricing, PricePolicy prices,
                        SettlementPolicy settlement, WhalePolicy whales, SignupPolicy signup,
                        LeaderboardPolicy leaderboard, BaseRatePolicy baseRates, GuardrailPolicy guardrail) {

    public GameRules {
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(ranges, "ranges");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(whales, "whales");
        Objects.requireNonNull(signup, "signup");
        Objects.requireNonNull(leaderboard, "leaderboard");
        Objects.requireNonNull(baseRates, "baseRates");
        Objects.requireNonNull(guardrail, "guardrail");
    }

    public static GameRules standard() {
        return new GameRules(SchedulePolicy.standard(), RangePolicy.standard(), VotePricingPolicy.standard(),
                PricePolicy.standard(), SettlementPolicy.standard(), WhalePolicy.standard(),
                SignupPolicy.standard(), LeaderboardPolicy.standard(), BaseRatePolicy.standard(),
                GuardrailPolicy.standard());
    }

    /** The base rate of a question with these terms asked on {@code asOf}, with windows as long as its schedule. */
    public Optional<BaseRate> baseRate(VoteTerms terms, DailyCloses closes, LocalDate asOf) {
        return baseRates.baseRate(terms, closes, asOf, schedules);
    }
}
