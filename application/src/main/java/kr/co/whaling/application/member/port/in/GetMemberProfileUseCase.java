package kr.co.whaling.application.member.port.in;

import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.domain.shared.MemberId;

/** Use case: a member's own profile (points, accuracy, whale status). */
public interface GetMemberProfileUseCase {

    MemberProfile getProfile(MemberId memberId);
}
