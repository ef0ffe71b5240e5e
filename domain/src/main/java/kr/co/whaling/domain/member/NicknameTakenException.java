package kr.co.whaling.domain.member;

import kr.co.whaling.domain.shared.DomainException;

/** Another member already uses this nickname (compared case-insensitively). */
public class NicknameTakenException extends DomainException {

    private final transient Nickname nickname;

    public NicknameTakenException(Nickname nickname) {
        super("nickname.taken", "nickname already taken: " + nickname, nickname.value());
        this.nickname = nickname;
    }

    public Nickname nickname() {
        return nickname;
    }
}
