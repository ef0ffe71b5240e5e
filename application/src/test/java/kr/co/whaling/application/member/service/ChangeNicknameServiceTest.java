package kr.co.whaling.application.member.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import kr.co.whaling.application.Fixtures;
import kr.co.whaling.application.member.port.in.ChangeNicknameCommand;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ChangeNicknameServiceTest {

    private static final MemberId CALLER = new MemberId(7);

    @Mock
    private LoadMemberPort loadMemberPort;
    @Mock
    private SaveMemberPort saveMemberPort;

    private ChangeNicknameService service;

    @BeforeEach
    void setUp() {
        // The caller's own initial nickname is user1007 (Fixtures.member gives kakao id 1000 + id).
        lenient().when(loadMemberPort.loadMember(CALLER)).thenReturn(Optional.of(Fixtures.member(7, 300)));
        service = new ChangeNicknameService(loadMemberPort, saveMemberPort);
    }

    @Test
    void a_valid_free_nickname_is_saved_trimmed() {
        when(loadMemberPort.isNicknameTaken(new Nickname("고래왕"), CALLER)).thenReturn(false);

        Nickname changed = service.changeNickname(new ChangeNicknameCommand(CALLER, " 고래왕 "));

        assertThat(changed).isEqualTo(new Nickname("고래왕"));
        verify(saveMemberPort).changeNickname(CALLER, new Nickname("고래왕"));
    }

    @Test
    void a_nickname_another_member_holds_is_refused_and_nothing_is_saved() {
        when(loadMemberPort.isNicknameTaken(new Nickname("whale"), CALLER)).thenReturn(true);

        assertThatThrownBy(() -> service.changeNickname(new ChangeNicknameCommand(CALLER, "whale")))
                .isInstanceOf(NicknameTakenException.class);
        verify(saveMemberPort, never()).changeNickname(any(), any());
    }

    @Test
    void an_invalid_nickname_is_refused_and_nothing_is_looked_up_or_saved() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> service.changeNickname(new ChangeNicknameCommand(CALLER, "no spaces please")))
                .satisfies(invalid -> assertThat(invalid.field()).isEqualTo("nickname"));
        verify(loadMemberPort, never()).isNicknameTaken(any(), any());
        verifyNoInteractions(saveMemberPort);
    }

    @Test
    void a_nickname_taken_by_a_concurrent_change_is_refused_by_the_database() {
        when(loadMemberPort.isNicknameTaken(new Nickname("whale"), CALLER)).thenReturn(false);
        doThrow(new NicknameTakenException(new Nickname("whale")))
                .when(saveMemberPort).changeNickname(CALLER, new Nickname("whale"));

        assertThatThrownBy(() -> service.changeNickname(new ChangeNicknameCommand(CALLER, "whale")))
                .isInstanceOf(NicknameTakenException.class);
    }

    @Test
    void another_members_initial_nickname_is_reserved() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> service.changeNickname(new ChangeNicknameCommand(CALLER, "User12345")))
                .satisfies(invalid -> assertThat(invalid.code()).isEqualTo("nickname.reserved"));
        verify(loadMemberPort, never()).isNicknameTaken(any(), any());
    }

    @Test
    void an_unknown_member_is_refused() {
        when(loadMemberPort.loadMember(new MemberId(99))).thenReturn(Optional.empty());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> service.changeNickname(new ChangeNicknameCommand(new MemberId(99), "whale")));
    }
}
