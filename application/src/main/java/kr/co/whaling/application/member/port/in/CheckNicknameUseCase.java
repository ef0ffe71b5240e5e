package kr.co.whaling.application.member.port.in;

import kr.co.whaling.domain.member.Nickname;

/** Use case: tell whether a nickname is valid and free for the member (their own counts as free); throws when not. */
public interface CheckNicknameUseCase {

    Nickname checkNickname(CheckNicknameQuery query);
}
