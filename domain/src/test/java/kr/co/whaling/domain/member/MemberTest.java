package kr.co.whaling.domain.member;

import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static kr.co.whaling.domain.testdata.MemberBuilder.aStaffMember;
import static kr.co.whaling.domain.testdata.MemberBuilder.kakaoIdentity;
import static kr.co.whaling.domain.testdata.MemberBuilder.kakaoIdentityWithoutImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.testdata.MemberBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

    private static final Instant NOW = Instant.parse("2024-03-04T00:00:00Z");
    private static final VoteId VOTE = new VoteId(42);

    @Test
    void a_new_member_gets_300_points_no_settled_answers_and_the_initial_nickname() {
        Member member = Member.register(kakaoIdentity(12345, "https://k.kakaocdn.net/me.jpg"), NOW,
                SignupPolicy.standard());

        assertThat(member.points()).isEqualTo(Points.of(300));
        assertThat(member.accuracy()).isEqualTo(Accuracy.NONE);
        assertThat(member.accuracy().percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(member.nickname()).isEqualTo(new Nickname("user12345"));
        assertThat(member.kakaoId()).isEqualTo(new KakaoId(12345));
        assertThat(member.staff()).isFalse();
        assertThat(member.signedUpAt()).isEqualTo(NOW);
        assertThat(member.profileImage()).contains(new ProfileImage("https://k.kakaocdn.net/me.jpg", false));
        assertThatThrownBy(member::id).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_standard_signup_grant_is_300_points() {
        assertThat(SignupPolicy.standard().grant()).isEqualTo(Points.of(300));
    }

    @Test
    void a_new_member_without_image_consent_has_no_profile_image() {
        Member member = Member.register(kakaoIdentityWithoutImage(12345), NOW, SignupPolicy.standard());

        assertThat(member.profileImage()).isEmpty();
    }

    @Test
    void the_signup_grant_is_the_first_ledger_entry_of_a_new_member() {
        Member member = Member.register(kakaoIdentityWithoutImage(12345), NOW, SignupPolicy.standard());

        PointLedgerEntry grant = member.signupGrantEntry(new MemberId(9));

        assertThat(grant).isEqualTo(new PointLedgerEntry(new MemberId(9), 300, PointReason.SIGNUP_GRANT, null, 300,
                NOW));
    }

    @Test
    void a_login_refreshes_the_profile_image_but_never_the_nickname() {
        Member member = aMember().withKakaoId(777).withNickname("고래왕").withProfileImage("https://old.jpg", true)
                .build();

        member.refreshFrom(kakaoIdentity(777, "https://new.jpg"));

        assertThat(member.profileImage()).contains(new ProfileImage("https://new.jpg", false));
        assertThat(member.nickname()).isEqualTo(new Nickname("고래왕"));
    }

    @Test
    void a_login_after_consent_was_withdrawn_clears_the_profile_image() {
        Member member = aMember().withKakaoId(777).withProfileImage("https://old.jpg", false).build();

        member.refreshFrom(kakaoIdentityWithoutImage(777));

        assertThat(member.profileImage()).isEmpty();
    }

    @Test
    void a_login_of_another_kakao_user_is_refused() {
        Member member = aMember().withKakaoId(777).build();

        assertThatThrownBy(() -> member.refreshFrom(kakaoIdentityWithoutImage(778)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_fee_the_member_cannot_pay_is_refused_whole() {
        Member member = aMember().withPoints(49).build();

        assertThatThrownBy(() -> member.requireAffordable(Points.of(50)))
                .isInstanceOfSatisfying(NotEnoughPointsException.class, e -> {
                    assertThat(e.required()).isEqualTo(50);
                    assertThat(e.available()).isEqualTo(49);
                    assertThat(e.code()).isEqualTo("points.not-enough");
                    assertThat(e.arguments()).containsExactly(50L, 49L);
                });
        assertThat(member.points()).isEqualTo(Points.of(49));
    }

    @Test
    void affordability_is_checked_against_the_balance() {
        Member member = aMember().withPoints(50).build();

        assertThatCode(() -> member.requireAffordable(Points.of(50))).doesNotThrowAnyException();
        assertThatThrownBy(() -> member.requireAffordable(Points.of(51))).isInstanceOf(NotEnoughPointsException.class);
    }

    @Test
    void staff_comes_from_the_database_never_from_signup() {
        assertThat(aStaffMember().build().staff()).isTrue();
        assertThat(Member.register(kakaoIdentityWithoutImage(1), NOW, SignupPolicy.standard()).staff()).isFalse();
    }

    @Test
    void a_restored_member_keeps_what_the_database_says() {
        Member member = Member.restore(new MemberId(3), new KakaoId(33), new Nickname("krill"), Points.of(12),
                new Accuracy(4, 1), null, true, NOW);

        assertThat(member.id()).isEqualTo(new MemberId(3));
        assertThat(member.id()).isNotNull();
        assertThat(member.points()).isEqualTo(Points.of(12));
        assertThat(member.accuracy()).isEqualTo(new Accuracy(4, 1));
        assertThat(member.profileImage()).isEqualTo(Optional.empty());
        assertThat(member.staff()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user1", "user999", "USER12345678", "User0"})
    void another_members_initial_nickname_form_is_reserved(String typed) {
        Member member = MemberBuilder.aMember().withKakaoId(4242).build();

        assertThatThrownBy(() -> member.chooseNickname(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("nickname.reserved");
                    assertThat(refused.field()).isEqualTo("nickname");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"user4242", "USER4242", "username", "user_1", "고래user1"})
    void a_member_may_keep_their_own_initial_nickname_and_use_other_names_with_user_in_them(String typed) {
        Member member = MemberBuilder.aMember().withKakaoId(4242).build();

        assertThat(member.chooseNickname(typed).value()).isEqualTo(typed);
    }
}
