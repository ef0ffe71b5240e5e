package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.member.MemberAlreadyRegisteredException;
import kr.co.whaling.application.stats.model.RankingCandidate;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.member.ProfileImage;
import kr.co.whaling.domain.member.SignupPolicy;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class MemberPersistenceAdapterTest {

    private static final Instant SIGNUP = Instant.parse("2024-01-02T03:04:05.123456Z");

    @Autowired
    MemberPersistenceAdapter adapter;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
    }

    private static Member newcomer(KakaoId kakaoId, ProfileImage image) {
        return Member.register(new KakaoIdentity(kakaoId, Optional.ofNullable(image)), SIGNUP, SignupPolicy.standard());
    }

    @Test
    void registering_saves_the_member_and_its_signup_grant_as_first_ledger_entry() {
        KakaoId kakaoId = TestFixtures.nextKakaoId();
        Member saved = adapter.registerMember(newcomer(kakaoId, new ProfileImage("https://k/p.png", false)));

        assertThat(saved.id()).isNotNull();
        Member loaded = adapter.loadMember(saved.id()).orElseThrow();
        assertThat(loaded.kakaoId()).isEqualTo(kakaoId);
        assertThat(loaded.nickname()).isEqualTo(new Nickname("user" + kakaoId.value()));
        assertThat(loaded.points()).isEqualTo(Points.of(300));
        assertThat(loaded.accuracy()).isEqualTo(Accuracy.NONE);
        assertThat(loaded.profileImage()).contains(new ProfileImage("https://k/p.png", false));
        assertThat(loaded.staff()).isFalse();
        assertThat(loaded.signedUpAt()).isEqualTo(SIGNUP);
        assertThat(adapter.loadMemberByKakaoId(kakaoId)).map(Member::id).contains(saved.id());

        Map<String, Object> grant = jdbc.queryForMap(
                "SELECT amount, reason, vote_id, balance_after, cause_key FROM point_ledger WHERE member_id = ?",
                saved.id().value());
        assertThat(grant).containsEntry("amount", 300L).containsEntry("reason", "SIGNUP_GRANT")
                .containsEntry("balance_after", 300L).containsEntry("cause_key", "SIGNUP_GRANT");
        assertThat(grant.get("vote_id")).isNull();
    }

    @Test
    void times_are_stored_as_utc_whatever_the_jvm_zone() {
        Member saved = adapter.registerMember(newcomer(TestFixtures.nextKakaoId(), null));

        String stored = jdbc.queryForObject("SELECT CAST(created_at AS CHAR) FROM members WHERE id = ?", String.class,
                saved.id().value());
        String ledgerStored = jdbc.queryForObject("SELECT CAST(created_at AS CHAR) FROM point_ledger WHERE member_id = ?",
                String.class, saved.id().value());
        assertThat(stored).isEqualTo("2024-01-02 03:04:05.123456");
        assertThat(ledgerStored).isEqualTo("2024-01-02 03:04:05.123456");
    }

    @Test
    void a_second_registration_of_the_same_kakao_user_is_reported_as_a_lost_race() {
        KakaoId kakaoId = TestFixtures.nextKakaoId();
        adapter.registerMember(newcomer(kakaoId, null));

        assertThatThrownBy(() -> adapter.registerMember(newcomer(kakaoId, null)))
                .isInstanceOf(MemberAlreadyRegisteredException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_ledger", Integer.class)).isEqualTo(1);
    }

    @Test
    void concurrent_first_logins_of_one_kakao_user_register_it_once() throws Exception {
        KakaoId kakaoId = TestFixtures.nextKakaoId();
        List<Callable<Void>> logins = java.util.Collections.nCopies(8, () -> {
            adapter.registerMember(newcomer(kakaoId, null));
            return null;
        });

        List<Throwable> failures = AnswerPersistenceAdapterTest.runAtOnce(logins);

        assertThat(failures).hasSize(7).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(MemberAlreadyRegisteredException.class));
        Member registered = adapter.loadMemberByKakaoId(kakaoId).orElseThrow();
        assertThat(fixtures.ledgerSum(registered.id())).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_ledger", Integer.class)).isEqualTo(1);
    }

    @Test
    void registering_with_an_initial_nickname_someone_renamed_to_is_refused_as_taken() {
        Member first = fixtures.member();
        KakaoId kakaoId = TestFixtures.nextKakaoId();
        adapter.changeNickname(first.id(), new Nickname("USER" + kakaoId.value()));

        assertThatThrownBy(() -> adapter.registerMember(newcomer(kakaoId, null)))
                .isInstanceOf(NicknameTakenException.class);
        assertThat(adapter.loadMemberByKakaoId(kakaoId)).isEmpty();
    }

    @Test
    void a_login_refreshes_the_profile_image_and_its_absence() {
        Member member = fixtures.member();

        member.refreshFrom(new KakaoIdentity(member.kakaoId(), Optional.of(new ProfileImage("https://k/d.png", true))));
        adapter.updateProfile(member);
        assertThat(adapter.loadMember(member.id()).orElseThrow().profileImage())
                .contains(new ProfileImage("https://k/d.png", true));

        member.refreshFrom(new KakaoIdentity(member.kakaoId(), Optional.empty()));
        adapter.updateProfile(member);
        assertThat(adapter.loadMember(member.id()).orElseThrow().profileImage()).isEmpty();
    }

    @Test
    void nicknames_are_unique_case_insensitively_and_the_database_decides() {
        Member alice = fixtures.member();
        Member bob = fixtures.member();
        adapter.changeNickname(alice.id(), new Nickname("고래_Alice"));

        assertThat(adapter.loadMember(alice.id()).orElseThrow().nickname()).isEqualTo(new Nickname("고래_Alice"));
        assertThat(adapter.isNicknameTaken(new Nickname("고래_ALICE"), bob.id())).isTrue();
        assertThat(adapter.isNicknameTaken(new Nickname("고래_alice"), alice.id())).isFalse();
        assertThat(adapter.isNicknameTaken(new Nickname("고래_alice"), null)).isTrue();
        assertThat(adapter.isNicknameTaken(new Nickname("고래_Bob"), bob.id())).isFalse();
        assertThatThrownBy(() -> adapter.changeNickname(bob.id(), new Nickname("고래_aLiCe")))
                .isInstanceOf(NicknameTakenException.class);
        assertThat(adapter.loadMember(bob.id()).orElseThrow().nickname()).isEqualTo(bob.nickname());

        // Accents are not folded: only case and compatibility forms make two nicknames the same.
        adapter.changeNickname(alice.id(), new Nickname("café"));
        adapter.changeNickname(bob.id(), new Nickname("cafe"));
        assertThat(adapter.loadMember(bob.id()).orElseThrow().nickname()).isEqualTo(new Nickname("cafe"));
    }

    @Test
    void full_width_and_differently_cased_nicknames_are_one_nickname_in_the_database() {
        Member alice = fixtures.member();
        Member bob = fixtures.member();
        adapter.changeNickname(alice.id(), new Nickname("ＷＨＡＬＥ"));

        assertThat(jdbc.queryForObject("SELECT nickname_key FROM members WHERE id = ?", String.class,
                alice.id().value())).isEqualTo("whale");
        assertThat(adapter.isNicknameTaken(new Nickname("Whale"), bob.id())).isTrue();
        for (String same : List.of("whale", "Whale", "ｗｈａｌｅ")) {
            assertThatThrownBy(() -> adapter.changeNickname(bob.id(), new Nickname(same)))
                    .isInstanceOf(NicknameTakenException.class);
        }
        adapter.changeNickname(alice.id(), new Nickname("STRASSE"));
        assertThatThrownBy(() -> adapter.changeNickname(bob.id(), new Nickname("straße")))
                .isInstanceOf(NicknameTakenException.class);
        // The longest key a nickname can have fits the column: 20 letters each folding to 4.
        adapter.changeNickname(bob.id(), new Nickname("\uFDF2".repeat(20)));
        assertThat(adapter.loadMember(bob.id()).orElseThrow().nickname().uniqueKey()).hasSize(80);
    }

    @Test
    void concurrent_changes_to_one_folded_nickname_let_exactly_one_member_win() throws Exception {
        String[] spellings = {"ＷＨＡＬＥ", "Whale", "whale", "WHALE", "ｗｈａｌｅ", "wHaLe"};
        for (int round = 0; round < 10; round++) {
            TestDatabase.deleteAllRows(dataSource);
            List<Member> racers = new java.util.ArrayList<>();
            for (int i = 0; i < spellings.length; i++) {
                racers.add(fixtures.member());
            }
            List<Callable<Void>> changes = new java.util.ArrayList<>();
            for (int i = 0; i < spellings.length; i++) {
                Member racer = racers.get(i);
                String spelling = spellings[i];
                changes.add(() -> {
                    adapter.changeNickname(racer.id(), new Nickname(spelling));
                    return null;
                });
            }

            List<Throwable> failures = AnswerPersistenceAdapterTest.runAtOnce(changes);

            assertThat(failures).as("round %d", round).hasSize(spellings.length - 1)
                    .allSatisfy(failure -> assertThat(failure).isInstanceOf(NicknameTakenException.class));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM members WHERE nickname_key = 'whale'", Integer.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_member_keeps_its_own_nickname_in_another_case() {
        Member alice = fixtures.member();
        adapter.changeNickname(alice.id(), new Nickname("whale"));
        adapter.changeNickname(alice.id(), new Nickname("WHALE"));

        assertThat(adapter.loadMember(alice.id()).orElseThrow().nickname()).isEqualTo(new Nickname("WHALE"));
    }

    @Test
    void changing_the_nickname_of_an_unknown_member_is_not_found() {
        assertThatThrownBy(() -> adapter.changeNickname(new MemberId(Long.MAX_VALUE), new Nickname("ghost")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void ranking_candidates_are_members_with_enough_settled_answers() {
        Member none = fixtures.member();
        Member four = fixtures.withCounters(fixtures.member(), 4, 0);
        Member five = fixtures.withCounters(fixtures.member(), 2, 3);
        Member many = fixtures.withCounters(fixtures.member(), 45, 15);

        List<RankingCandidate> candidates = adapter.loadRankingCandidates(5);

        assertThat(candidates).extracting(RankingCandidate::id).containsExactlyInAnyOrder(five.id(), many.id())
                .doesNotContain(none.id(), four.id());
        RankingCandidate candidate = candidates.stream().filter(c -> c.id().equals(many.id())).findFirst().orElseThrow();
        assertThat(candidate.accuracy()).isEqualTo(new Accuracy(45, 15));
        assertThat(candidate.nickname()).isEqualTo(many.nickname());
        assertThat(candidate.signedUpAt()).isEqualTo(many.signedUpAt());
    }

    @Test
    void skill_candidates_are_the_members_with_enough_answers_with_a_base_rate_with_their_counters() {
        Member four = fixtures.member();
        Member five = fixtures.member();
        jdbc.update("UPDATE members SET skill_answers = 4, skill_right = 4, skill_expected_hits = 1.5 WHERE id = ?",
                four.id().value());
        jdbc.update("UPDATE members SET right_count = 9, wrong_count = 1, skill_answers = 5, skill_right = 3,"
                + " skill_expected_hits = 1.25 WHERE id = ?", five.id().value());

        List<RankingCandidate> candidates = adapter.loadSkillRankingCandidates(5);

        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.id()).isEqualTo(five.id());
            assertThat(candidate.skill()).isEqualTo(new Skill(5, 3, 1.25));
            assertThat(candidate.accuracy()).isEqualTo(new Accuracy(9, 1));
        });
    }

    @Test
    void unknown_members_load_as_empty() {
        assertThat(adapter.loadMember(new MemberId(Long.MAX_VALUE))).isEmpty();
        assertThat(adapter.loadMemberByKakaoId(new KakaoId(Long.MAX_VALUE))).isEmpty();
    }
}
