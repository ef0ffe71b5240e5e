package kr.co.whaling.application.member.service;

import java.time.Clock;
import java.util.Objects;
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

/**
 * Logs a member in with a Kakao authorization code: registers them on their first login, refreshes
 * what Kakao knows about them on every later one.
 */
public class LoginWithKakaoService implements LoginWithKakaoUseCase {

    private final FetchKakaoIdentityPort fetchKakaoIdentityPort;
    private final LoadMemberPort loadMemberPort;
    private final SaveMemberPort saveMemberPort;
    private final Clock clock;
    private final GameRules rules;

    public LoginWithKakaoService(FetchKakaoIdentityPort fetchKakaoIdentityPort, LoadMemberPort loadMemberPort,
                                 SaveMemberPort saveMemberPort, Clock clock, GameRules rules) {
        this.fetchKakaoIdentityPort = Objects.requireNonNull(fetchKakaoIdentityPort, "fetchKakaoIdentityPort");
        this.loadMemberPort = Objects.requireNonNull(loadMemberPort, "loadMemberPort");
        this.saveMemberPort = Objects.requireNonNull(saveMemberPort, "saveMemberPort");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Deliberately not one transaction: no database connection should wait on the call to Kakao, and
     * after losing a registration race the winner's row must be read in a fresh transaction (a
     * repeatable-read snapshot taken before the winner committed would not show it). Each port
     * call is atomic on its own.
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
