package kr.co.whaling.application.member.port.in;

import kr.co.whaling.domain.member.Nickname;

/** Use case: change a member's nickname to a valid, free one. */
public interface ChangeNicknameUseCase {

    Nickname changeNickname(ChangeNicknameCommand command);
}
