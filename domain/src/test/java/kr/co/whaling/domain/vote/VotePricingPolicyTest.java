package kr.co.whaling.domain.vote;

import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.Points;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VotePricingPolicyTest {

    @ParameterizedTest(name = "staff={0}: creator pays {1}, an answer costs {2}, a right answer earns {3}")
    @CsvSource({
            "false, 50, 10, 20",
            "true,   0,  0, 30"
    })
    void costs_and_rewards_depend_on_who_creates_the_question(boolean staff, long creationFee, long answerCost,
                                                             long reward) {
        Member creator = staff ? aMember().staff().build() : aMember().build();

        VotePricing pricing = VotePricingPolicy.standard().pricingFor(creator);

        assertThat(pricing).isEqualTo(new VotePricing(Points.of(creationFee), Points.of(answerCost),
                Points.of(reward)));
    }
}
