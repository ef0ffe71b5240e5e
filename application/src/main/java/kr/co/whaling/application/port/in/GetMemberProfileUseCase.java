package kr.co.whaling.application.port.in;

import kr.co.whaling.application.port.in.model.MemberProfile;
import kr.co.whaling.domain.member.MemberId;

/** Use case: a member's own profile (points, accuracy, whale status). */
public interface GetMemberProfileUseCase {

    MemberProfile getProfile(MemberId memberId);
}
