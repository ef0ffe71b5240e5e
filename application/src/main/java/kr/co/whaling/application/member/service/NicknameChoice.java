package kr.co.whaling.application.member.service;

import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;

/** The nickname a member may take, as checking and changing it both need: allowed, and free. */
final class NicknameChoice {

    /**
     * @throws kr.co.whaling.domain.shared.InvalidValueException when the member may not choose it
     * @throws NicknameTakenException when another member holds it (the caller's own counts as free)
     */
    static Nickname choose(LoadMemberPort loadMemberPort, MemberId memberId, String typed) {
        Member member = loadMemberPort.loadMember(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        Nickname nickname = member.chooseNickname(typed);
        if (loadMemberPort.isNicknameTaken(nickname, memberId)) {
            throw new NicknameTakenException(nickname);
        }
        return nickname;
    }
}
