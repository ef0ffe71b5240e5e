package kr.co.whaling.application.member.model;

import kr.co.whaling.domain.member.Member;

/** Who logged in (their whole profile, as {@code GET /user} shows it), and whether they signed up with this login. */
public record LoginResult(MemberProfile profile, boolean newMember) {

    public Member member() {
        return profile.member();
    }
}
