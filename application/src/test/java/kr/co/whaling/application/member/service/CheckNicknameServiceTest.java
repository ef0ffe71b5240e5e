package kr.co.whaling.application.member.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import kr.co.whaling.application.Fixtures;
import kr.co.whaling.application.member.port.in.CheckNicknameQuery;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CheckNicknameServiceTest {

    private static final MemberId CALLER = new MemberId(7);

    @Mock
    private LoadMemberPort loadMemberPort;

    private CheckNicknameService service;

    @BeforeEach
    void setUp() {
        // The caller's own initial nickname is user1007 (Fixtures.member gives kakao id 1000 + id).
        lenient().when(loadMemberPort.loadMember(CALLER)).thenReturn(Optional.of(Fixtures.member(7, 300)));
        service = new CheckNicknameService(loadMemberPort);
    }

    @Test
    void a_valid_nickname_no_other_member_holds_is_accepted_trimmed() {
        when(loadMemberPort.isNicknameTaken(new Nickname("고래_1"), CALLER)).thenReturn(false);

        Nickname checked = service.checkNickname(new CheckNicknameQuery(CALLER, "  고래_1 "));

        assertThat(checked).isEqualTo(new Nickname("고래_1"));
        // The caller is excluded, so their own nickname counts as free.
        verify(loadMemberPort).isNicknameTaken(new Nickname("고래_1"), CALLER);
    }

    @Test
    void a_nickname_another_member_holds_is_refused() {
        when(loadMemberPort.isNicknameTaken(new Nickname("Whale"), CALLER)).thenReturn(true);

        assertThatExceptionOfType(NicknameTakenException.class)
                .isThrownBy(() -> service.checkNickname(new CheckNicknameQuery(CALLER, "Whale")))
                .satisfies(taken -> assertThat(taken.nickname()).isEqualTo(new Nickname("Whale")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "whale!", "two words", "abcdefghijklmnopqrstu"})
    void an_invalid_nickname_is_refused_without_asking_who_holds_it(String typed) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> service.checkNickname(new CheckNicknameQuery(CALLER, typed)))
                .satisfies(invalid -> assertThat(invalid.field()).isEqualTo("nickname"));
        verify(loadMemberPort, never()).isNicknameTaken(any(), any());
    }

    @Test
    void the_callers_own_initial_nickname_is_theirs_to_keep() {
        when(loadMemberPort.isNicknameTaken(new Nickname("USER1007"), CALLER)).thenReturn(false);

        assertThat(service.checkNickname(new CheckNicknameQuery(CALLER, "USER1007"))).isEqualTo(new Nickname("USER1007"));
    }
}
