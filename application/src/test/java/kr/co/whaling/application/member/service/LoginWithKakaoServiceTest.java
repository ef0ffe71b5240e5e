package kr.co.whaling.application.member.service;

import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.IMAGE;
import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import kr.co.whaling.application.member.IdentityProviderUnavailableException;
import kr.co.whaling.application.member.LoginRefusedException;
import kr.co.whaling.application.member.MemberAlreadyRegisteredException;
import kr.co.whaling.application.member.model.LoginResult;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.member.port.in.LoginWithKakaoCommand;
import kr.co.whaling.application.member.port.out.FetchKakaoIdentityPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.ProfileImage;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class LoginWithKakaoServiceTest {

    private static final LoginWithKakaoCommand COMMAND =
            new LoginWithKakaoCommand("auth-code", "https://whaling.co.kr/oauth");
    private static final KakaoId KAKAO_ID = new KakaoId(4242);
    private static final ProfileImage NEW_IMAGE = new ProfileImage("https://k.kakaocdn.net/img/new.jpg", false);

    @Mock
    private FetchKakaoIdentityPort fetchKakaoIdentityPort;
    @Mock
    private LoadMemberPort loadMemberPort;
    @Mock
    private SaveMemberPort saveMemberPort;

    private LoginWithKakaoService service;

    @BeforeEach
    void setUp() {
        service = new LoginWithKakaoService(fetchKakaoIdentityPort, loadMemberPort, saveMemberPort, CLOCK, RULES);
    }

    @Test
    void a_first_login_registers_the_member_with_the_signup_grant() {
        KakaoIdentity identity = new KakaoIdentity(KAKAO_ID, Optional.of(NEW_IMAGE));
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth")).thenReturn(identity);
        when(loadMemberPort.loadMemberByKakaoId(KAKAO_ID)).thenReturn(Optional.empty());
        Member saved = registered(7, NEW_IMAGE);
        when(saveMemberPort.registerMember(any())).thenReturn(saved);

        LoginResult result = service.login(COMMAND);

        ArgumentCaptor<Member> registered = ArgumentCaptor.forClass(Member.class);
        verify(saveMemberPort).registerMember(registered.capture());
        Member newcomer = registered.getValue();
        assertThatThrownBy(newcomer::id).isInstanceOf(IllegalStateException.class);
        assertThat(newcomer.kakaoId()).isEqualTo(KAKAO_ID);
        assertThat(newcomer.nickname()).isEqualTo(new Nickname("user4242"));
        assertThat(newcomer.points()).isEqualTo(Points.of(300));
        assertThat(newcomer.accuracy()).isEqualTo(Accuracy.NONE);
        assertThat(newcomer.profileImage()).contains(NEW_IMAGE);
        assertThat(newcomer.signedUpAt()).isEqualTo(NOW);
        assertThat(result).isEqualTo(new LoginResult(new MemberProfile(saved, false), true));
        verify(saveMemberPort, never()).updateProfile(any());
    }

    @Test
    void a_returning_login_refreshes_the_profile_image_and_keeps_the_nickname_and_says_whether_they_are_a_whale() {
        Member known = Member.restore(new MemberId(7), KAKAO_ID, new Nickname("고래왕"), Points.of(120),
                new Accuracy(8, 2), IMAGE, false, NOW.minusSeconds(86_400));
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth"))
                .thenReturn(new KakaoIdentity(KAKAO_ID, Optional.of(NEW_IMAGE)));
        when(loadMemberPort.loadMemberByKakaoId(KAKAO_ID)).thenReturn(Optional.of(known));

        LoginResult result = service.login(COMMAND);

        ArgumentCaptor<Member> updated = ArgumentCaptor.forClass(Member.class);
        verify(saveMemberPort).updateProfile(updated.capture());
        assertThat(updated.getValue().profileImage()).contains(NEW_IMAGE);
        assertThat(updated.getValue().nickname()).isEqualTo(new Nickname("고래왕"));
        assertThat(updated.getValue().points()).isEqualTo(Points.of(120));
        assertThat(result.newMember()).isFalse();
        assertThat(result.member()).isSameAs(updated.getValue());
        assertThat(result.profile().whale()).as("8 right of 10 settled answers").isTrue();
        verify(saveMemberPort, never()).registerMember(any());
    }

    @Test
    void a_returning_login_without_consent_to_share_the_image_clears_it() {
        Member known = registered(7, IMAGE);
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth"))
                .thenReturn(new KakaoIdentity(KAKAO_ID, Optional.empty()));
        when(loadMemberPort.loadMemberByKakaoId(KAKAO_ID)).thenReturn(Optional.of(known));

        service.login(COMMAND);

        ArgumentCaptor<Member> updated = ArgumentCaptor.forClass(Member.class);
        verify(saveMemberPort).updateProfile(updated.capture());
        assertThat(updated.getValue().profileImage()).isEmpty();
    }

    @Test
    void a_first_login_that_lost_a_registration_race_logs_in_the_member_the_other_login_registered() {
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth"))
                .thenReturn(new KakaoIdentity(KAKAO_ID, Optional.of(NEW_IMAGE)));
        Member winner = registered(7, IMAGE);
        when(loadMemberPort.loadMemberByKakaoId(KAKAO_ID)).thenReturn(Optional.empty(), Optional.of(winner));
        when(saveMemberPort.registerMember(any()))
                .thenThrow(new MemberAlreadyRegisteredException("duplicate kakao id", null));

        LoginResult result = service.login(COMMAND);

        assertThat(result).isEqualTo(new LoginResult(new MemberProfile(winner, false), false));
        verify(saveMemberPort).updateProfile(winner);
        assertThat(winner.profileImage()).contains(NEW_IMAGE);
    }

    @Test
    void a_lost_registration_race_whose_winner_cannot_be_found_is_reported_as_it_was() {
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth"))
                .thenReturn(new KakaoIdentity(KAKAO_ID, Optional.empty()));
        when(loadMemberPort.loadMemberByKakaoId(KAKAO_ID)).thenReturn(Optional.empty());
        MemberAlreadyRegisteredException race = new MemberAlreadyRegisteredException("duplicate kakao id", null);
        when(saveMemberPort.registerMember(any())).thenThrow(race);

        assertThatThrownBy(() -> service.login(COMMAND)).isSameAs(race);
        verify(saveMemberPort, never()).updateProfile(any());
    }

    @Test
    void a_code_kakao_refuses_saves_nothing() {
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth"))
                .thenThrow(new LoginRefusedException("invalid_grant"));

        assertThatThrownBy(() -> service.login(COMMAND)).isInstanceOf(LoginRefusedException.class);
        verifyNoInteractions(loadMemberPort, saveMemberPort);
    }

    @Test
    void kakao_being_unreachable_saves_nothing() {
        when(fetchKakaoIdentityPort.fetchIdentity("auth-code", "https://whaling.co.kr/oauth"))
                .thenThrow(new IdentityProviderUnavailableException("timeout", null));

        assertThatThrownBy(() -> service.login(COMMAND)).isInstanceOf(IdentityProviderUnavailableException.class);
        verifyNoInteractions(loadMemberPort, saveMemberPort);
    }

    private static Member registered(long id, ProfileImage image) {
        return Member.restore(new MemberId(id), KAKAO_ID, new Nickname("user4242"), Points.of(300), Accuracy.NONE,
                image, false, NOW);
    }
}
