package kr.co.whaling.application.port.in.model;

import kr.co.whaling.domain.member.Member;

/** A member as they see themselves, with whether they are a whale now. */
public record MemberProfile(Member member, boolean whale) {
}
