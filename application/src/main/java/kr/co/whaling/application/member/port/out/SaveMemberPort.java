package kr.co.whaling.application.member.port.out;

import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.shared.MemberId;

/** Writes members. */
public interface SaveMemberPort {

    /**
     * Saves a new member and its signup grant ({@link Member#signupGrantEntry(MemberId)}) atomically;
     * returns it with its id.
     *
     * @throws MemberAlreadyRegisteredException when a concurrent login registered the same Kakao id first
     */
    Member registerMember(Member newMember);

    /** Stores the profile image a login refreshed. */
    void updateProfile(Member member);

    /** @throws NicknameTakenException when another member holds it (the database's unique key decides) */
    void changeNickname(MemberId id, Nickname nickname);
}
