package kr.co.whaling.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data access to {@code members}. */
interface SpringDataMemberRepository extends JpaRepository<MemberJpaEntity, Long> {

    Optional<MemberJpaEntity> findByKakaoId(long kakaoId);

    boolean existsByNicknameKey(String nicknameKey);

    boolean existsByNicknameKeyAndIdNot(String nicknameKey, Long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MemberJpaEntity m set m.profileImageUrl = :url, m.defaultProfile = :isDefault where m.id = :id")
    int updateProfile(@Param("id") long id, @Param("url") String url, @Param("isDefault") boolean isDefault);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MemberJpaEntity m set m.nickname = :nickname, m.nicknameKey = :key where m.id = :id")
    int updateNickname(@Param("id") long id, @Param("nickname") String nickname, @Param("key") String key);

    @Query("select m from MemberJpaEntity m where m.rightCount + m.wrongCount >= :minSettled order by m.id")
    List<MemberJpaEntity> findWithAtLeastSettled(@Param("minSettled") long minSettled);

    /** Reads ix_members_skill_answers: only the members with that many answers with a base rate. */
    @Query("select m from MemberJpaEntity m where m.skillAnswers >= :minAnswers order by m.id")
    List<MemberJpaEntity> findWithAtLeastSkillAnswers(@Param("minAnswers") long minAnswers);
}
