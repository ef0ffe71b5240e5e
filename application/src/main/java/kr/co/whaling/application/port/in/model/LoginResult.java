package kr.co.whaling.application.port.in.model;

import kr.co.whaling.domain.member.Member;

/** Who logged in, and whether they signed up with this login. */
public record LoginResult(Member member, boolean newMember) {
}
