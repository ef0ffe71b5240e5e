package kr.co.whaling.application.member.port.out;

import java.util.Optional;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.shared.MemberId;

/** Reads members. */
public interface LoadMemberPort {

    Optional<Member> loadMember(MemberId id);

    Optional<Member> loadMemberByKakaoId(KakaoId kakaoId);

    /** Whether a member other than {@code except} uses this nickname, compared case-insensitively. */
    boolean isNicknameTaken(Nickname nickname, MemberId except);
}
