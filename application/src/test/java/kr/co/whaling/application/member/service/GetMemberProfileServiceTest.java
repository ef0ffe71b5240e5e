package kr.co.whaling.application.member.service;

import static kr.co.whaling.application.Fixtures.RULES;
import static kr.co.whaling.application.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.when;

import java.util.Optional;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetMemberProfileServiceTest {

    @Mock
    private LoadMemberPort loadMemberPort;

    private GetMemberProfileService service;

    @BeforeEach
    void setUp() {
        service = new GetMemberProfileService(loadMemberPort, RULES);
    }

    @ParameterizedTest(name = "{0} right, {1} wrong: whale {2}")
    @CsvSource({
            "0, 0, false",
            "1, 0, false",
            "4, 0, false",
            "7, 3, true",
            "5, 0, true",
            "69, 31, false",
            "70, 30, true"})
    void the_profile_tells_whether_the_member_is_a_whale_now(long right, long wrong, boolean whale) {
        Member member = member(7, 300, new Accuracy(right, wrong));
        when(loadMemberPort.loadMember(new MemberId(7))).thenReturn(Optional.of(member));

        MemberProfile profile = service.getProfile(new MemberId(7));

        assertThat(profile).isEqualTo(new MemberProfile(member, whale));
    }

    @Test
    void an_unknown_member_is_not_found() {
        when(loadMemberPort.loadMember(new MemberId(9))).thenReturn(Optional.empty());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> service.getProfile(new MemberId(9)))
                .satisfies(missing -> assertThat(missing.kind()).isEqualTo("member"));
    }
}
