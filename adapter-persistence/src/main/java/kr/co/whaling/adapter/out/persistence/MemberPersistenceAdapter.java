package kr.co.whaling.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.member.MemberAlreadyRegisteredException;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.application.stats.model.RankingCandidate;
import kr.co.whaling.application.stats.port.out.LoadRankingCandidatesPort;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.member.ProfileImage;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Persistence adapter for members: loading, registering (with the signup grant), profile and nickname. */
@Component
@RequiredArgsConstructor
public class MemberPersistenceAdapter implements LoadMemberPort, SaveMemberPort, LoadRankingCandidatesPort {

    private final SpringDataMemberRepository members;
    private final SpringDataPointLedgerRepository ledger;
    private final MemberPersistenceMapper mapper;
    private final PointLedgerPersistenceMapper ledgerMapper;
    private final JdbcTemplate jdbcTemplate;

    @Override
    public Optional<Member> loadMember(MemberId id) {
        return members.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Member> loadMemberByKakaoId(KakaoId kakaoId) {
        return members.findByKakaoId(kakaoId.value()).map(mapper::toDomain);
    }

    @Override
    public boolean isNicknameTaken(Nickname nickname, MemberId except) {
        return except == null
                ? members.existsByNicknameKey(nickname.uniqueKey())
                : members.existsByNicknameKeyAndIdNot(nickname.uniqueKey(), except.value());
    }

    /**
     * The unique keys decide a race: a failed insert means the Kakao id now exists (the committed winner)
     * or someone renamed themselves to the initial nickname. READ COMMITTED: the check sees the winner.
     */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Member registerMember(Member newMember) {
        MemberJpaEntity saved;
        try {
            saved = members.saveAndFlush(mapper.toNewEntity(newMember));
        } catch (DataIntegrityViolationException duplicate) {
            // Plain JDBC: the persistence context is unusable after a failed flush, the connection is not.
            Integer sameKakaoId = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM members WHERE kakao_id = ?",
                    Integer.class, newMember.kakaoId().value());
            if (sameKakaoId != null && sameKakaoId > 0) {
                throw new MemberAlreadyRegisteredException(
                        "kakao user " + newMember.kakaoId() + " was registered concurrently", duplicate);
            }
            NicknameTakenException taken = new NicknameTakenException(newMember.nickname());
            taken.initCause(duplicate);
            throw taken;
        }
        Member member = mapper.toDomain(saved);
        ledger.save(ledgerMapper.toEntity(newMember.signupGrantEntry(member.id())));
        return member;
    }

    @Override
    @Transactional
    public void updateProfile(Member member) {
        Optional<ProfileImage> image = member.profileImage();
        int updated = members.updateProfile(member.id().value(), image.map(ProfileImage::url).orElse(null),
                image.map(ProfileImage::isDefault).orElse(false));
        if (updated == 0) {
            throw new NotFoundException("member", member.id());
        }
    }

    /**
     * The unique key decides between concurrent changes to one folded nickname; a deadlock victim among
     * them (both wait on the same index entry) is refused as taken, like a duplicate.
     */
    @Override
    @Transactional
    public void changeNickname(MemberId id, Nickname nickname) {
        int updated;
        try {
            updated = members.updateNickname(id.value(), nickname.value(), nickname.uniqueKey());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
            NicknameTakenException refused = new NicknameTakenException(nickname);
            refused.initCause(taken);
            throw refused;
        }
        if (updated == 0) {
            throw new NotFoundException("member", id);
        }
    }

    @Override
    public List<RankingCandidate> loadRankingCandidates(long minSettled) {
        return members.findWithAtLeastSettled(minSettled).stream().map(mapper::toRankingCandidate).toList();
    }

    @Override
    public List<RankingCandidate> loadSkillRankingCandidates(long minAnswersWithBaseRate) {
        return members.findWithAtLeastSkillAnswers(minAnswersWithBaseRate).stream()
                .map(mapper::toRankingCandidate).toList();
    }
}
