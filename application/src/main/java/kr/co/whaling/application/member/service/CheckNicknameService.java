package kr.co.whaling.application.member.service;

import kr.co.whaling.application.member.port.in.CheckNicknameQuery;
import kr.co.whaling.application.member.port.in.CheckNicknameUseCase;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.domain.member.Nickname;
import org.springframework.transaction.annotation.Transactional;

/** Tells a member whether a nickname is valid and free for them, refusing it when it is not. */
public class CheckNicknameService implements CheckNicknameUseCase {

    private final LoadMemberPort loadMemberPort;

    public CheckNicknameService(LoadMemberPort loadMemberPort) {
        this.loadMemberPort = loadMemberPort;
    }

    @Override
    @Transactional(readOnly = true)
    public Nickname checkNickname(CheckNicknameQuery query) {
        return NicknameChoice.choose(loadMemberPort, query.memberId(), query.nickname());
    }
}
