package kr.co.whaling.domain.vote;

import java.util.Objects;
import kr.co.whaling.domain.accuracy.LeaderboardPolicy;
import kr.co.whaling.domain.accuracy.WhalePolicy;
import kr.co.whaling.domain.coin.PricePolicy;
import kr.co.whaling.domain.member.SignupPolicy;

/** Every policy of the game in one place; {@link #standard()} holds the numbers of domain.md. */
public record GameRules(SchedulePolicy schedules, RangePolicy ranges, VotePricingPolicy pricing, PricePolicy prices,
                        SettlementPolicy settlement, WhalePolicy whales, SignupPolicy signup,
                        LeaderboardPolicy leaderboard) {

    public GameRules {
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(ranges, "ranges");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(whales, "whales");
        Objects.requireNonNull(signup, "signup");
        Objects.requireNonNull(leaderboard, "leaderboard");
    }

    public static GameRules standard() {
        return new GameRules(SchedulePolicy.standard(), RangePolicy.standard(), VotePricingPolicy.standard(),
                PricePolicy.standard(), SettlementPolicy.standard(), WhalePolicy.standard(),
                SignupPolicy.standard(), LeaderboardPolicy.standard());
    }
}
