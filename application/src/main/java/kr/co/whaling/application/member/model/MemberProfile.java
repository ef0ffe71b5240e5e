package kr.co.whaling.application.member.model;

import kr.co.whaling.domain.accuracy.WhalePolicy;
import kr.co.whaling.domain.member.Member;

/** A member as they see themselves, with whether they are a whale now. */
public record MemberProfile(Member member, boolean whale) {

    /** The member's profile now, their whale status decided by {@code whales}. */
    public static MemberProfile of(Member member, WhalePolicy whales) {
        return new MemberProfile(member, whales.isWhale(member.accuracy()));
    }
}
