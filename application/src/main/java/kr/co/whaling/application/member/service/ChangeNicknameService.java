package kr.co.whaling.application.member.service;

import kr.co.whaling.application.member.port.in.ChangeNicknameCommand;
import kr.co.whaling.application.member.port.in.ChangeNicknameUseCase;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.domain.member.Nickname;
import org.springframework.transaction.annotation.Transactional;

/** Changes a member's nickname to a valid one no other member holds. */
public class ChangeNicknameService implements ChangeNicknameUseCase {

    private final LoadMemberPort loadMemberPort;
    private final SaveMemberPort saveMemberPort;

    public ChangeNicknameService(LoadMemberPort loadMemberPort, SaveMemberPort saveMemberPort) {
        this.loadMemberPort = loadMemberPort;
        this.saveMemberPort = saveMemberPort;
    }

    /** The lookup gives the usual refusal a clear answer; in a race the database's unique key decides. */
    @Override
    @Transactional
    public Nickname changeNickname(ChangeNicknameCommand command) {
        Nickname nickname = NicknameChoice.choose(loadMemberPort, command.memberId(), command.nickname());
        saveMemberPort.changeNickname(command.memberId(), nickname);
        return nickname;
    }
}
