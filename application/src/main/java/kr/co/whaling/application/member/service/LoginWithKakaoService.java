package kr.co.whaling.application.member.service;

import java.time.Clock;
import java.util.Optional;
import kr.co.whaling.application.member.MemberAlreadyRegisteredException;
import kr.co.whaling.application.member.model.LoginResult;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.member.port.in.LoginWithKakaoCommand;
import kr.co.whaling.application.member.port.in.LoginWithKakaoUseCase;
import kr.co.whaling.application.member.port.out.FetchKakaoIdentityPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.vote.GameRules;

/** Logs a member in with a Kakao code: registers them the first time, refreshes their Kakao profile later. */
public class LoginWithKakaoService implements LoginWithKakaoUseCase {

    private final FetchKakaoIdentityPort fetchKakaoIdentityPort;
    private final LoadMemberPort loadMemberPort;
    private final SaveMemberPort saveMemberPort;
    private final Clock clock;
    private final GameRules rules;

    public LoginWithKakaoService(FetchKakaoIdentityPort fetchKakaoIdentityPort, LoadMemberPort loadMemberPort,
                                 SaveMemberPort saveMemberPort, Clock clock, GameRules rules) {
        this.fetchKakaoIdentityPort = fetchKakaoIdentityPort;
        this.loadMemberPort = loadMemberPort;
        this.saveMemberPort = saveMemberPort;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Deliberately not one transaction: no connection should wait on Kakao, and after a lost registration
     * race the winner's row needs a fresh transaction (an older repeatable-read snapshot would miss it).
     */
    @Override
    public LoginResult login(LoginWithKakaoCommand command) {
        KakaoIdentity identity = fetchKakaoIdentityPort.fetchIdentity(command.authorizationCode(),
                command.redirectUri());
        Optional<Member> known = loadMemberPort.loadMemberByKakaoId(identity.kakaoId());
        if (known.isPresent()) {
            return returning(known.get(), identity);
        }
        Member newcomer = Member.register(identity, clock.instant(), rules.signup());
        try {
            return result(saveMemberPort.registerMember(newcomer), true);
        } catch (MemberAlreadyRegisteredException raceLost) {
            // Two first logins of the same user raced: the other one signed them up, so this is a return.
            Member winner = loadMemberPort.loadMemberByKakaoId(identity.kakaoId()).orElseThrow(() -> raceLost);
            return returning(winner, identity);
        }
    }

    private LoginResult returning(Member member, KakaoIdentity identity) {
        member.refreshFrom(identity);
        saveMemberPort.updateProfile(member);
        return result(member, false);
    }

    private LoginResult result(Member member, boolean newMember) {
        return new LoginResult(MemberProfile.of(member, rules.whales()), newMember);
    }
}
