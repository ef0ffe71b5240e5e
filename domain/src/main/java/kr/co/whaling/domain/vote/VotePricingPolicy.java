package kr.co.whaling.domain.vote;

import java.util.Objects;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.Points;

/**
 * Costs and rewards by creator: a member's question costs 50, answers 10, a right answer earns 20;
 * a staff ("official") question is free to create and answer, and a right answer earns 30.
 */
public record VotePricingPolicy(VotePricing member, VotePricing staff) {

    public VotePricingPolicy {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(staff, "staff");
    }

    /** The table of domain.md. */
    public static VotePricingPolicy standard() {
        return new VotePricingPolicy(
                new VotePricing(Points.of(50), Points.of(10), Points.of(20)),
                new VotePricing(Points.ZERO, Points.ZERO, Points.of(30)));
    }

    public VotePricing pricingFor(Member creator) {
        return creator.staff() ? staff : member;
    }
}
