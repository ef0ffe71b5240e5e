package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kr.co.whaling.domain.accuracy.LeaderboardPolicy;
import kr.co.whaling.domain.accuracy.WhalePolicy;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.baserate.GuardrailPolicy;
import kr.co.whaling.domain.coin.PricePolicy;
import kr.co.whaling.domain.member.SignupPolicy;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.RangePolicy;
import kr.co.whaling.domain.terms.SchedulePolicy;
import org.junit.jupiter.api.Test;

class GameRulesTest {

    @Test
    void the_standard_rules_are_the_standard_policies_of_domain_md() {
        GameRules rules = GameRules.standard();

        assertThat(rules.ranges()).isEqualTo(RangePolicy.standard());
        assertThat(rules.pricing()).isEqualTo(VotePricingPolicy.standard());
        assertThat(rules.prices()).isEqualTo(PricePolicy.standard());
        assertThat(rules.settlement()).isEqualTo(SettlementPolicy.standard());
        assertThat(rules.whales()).isEqualTo(WhalePolicy.standard());
        assertThat(rules.signup()).isEqualTo(SignupPolicy.standard());
        assertThat(rules.leaderboard()).isEqualTo(LeaderboardPolicy.standard());
        assertThat(rules.baseRates()).isEqualTo(BaseRatePolicy.standard());
        assertThat(rules.guardrail()).isEqualTo(GuardrailPolicy.standard());
        Instant created = seoul("2024-01-31T10:00");
        for (Horizon horizon : Horizon.values()) {
            assertThat(rules.schedules().scheduleFor(horizon, created))
                    .isEqualTo(SchedulePolicy.standard().scheduleFor(horizon, created));
        }
    }
}
