package kr.co.whaling.application.member.service;

import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.member.port.in.GetMemberProfileUseCase;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.vote.GameRules;
import org.springframework.transaction.annotation.Transactional;

/** Shows a member their own profile, with whether they are a whale now. */
public class GetMemberProfileService implements GetMemberProfileUseCase {

    private final LoadMemberPort loadMemberPort;
    private final GameRules rules;

    public GetMemberProfileService(LoadMemberPort loadMemberPort, GameRules rules) {
        this.loadMemberPort = loadMemberPort;
        this.rules = rules;
    }

    @Override
    @Transactional(readOnly = true)
    public MemberProfile getProfile(MemberId memberId) {
        Member member = loadMemberPort.loadMember(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        return MemberProfile.of(member, rules.whales());
    }
}
