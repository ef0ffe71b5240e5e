package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.application.stats.model.RankingCandidate;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.ProfileImage;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps members between {@link MemberJpaEntity} rows and the domain's {@link Member}. */
@Mapper(componentModel = "spring")
interface MemberPersistenceMapper {

    default Member toDomain(MemberJpaEntity entity) {
        ProfileImage image = entity.getProfileImageUrl() == null
                ? null
                : new ProfileImage(entity.getProfileImageUrl(), entity.isDefaultProfile());
        return Member.restore(new MemberId(entity.getId()), new KakaoId(entity.getKakaoId()),
                new Nickname(entity.getNickname()), Points.of(entity.getPoints()), accuracy(entity), image,
                entity.isStaff(), entity.getCreatedAt());
    }

    /** The row of a member just registered (no id yet). */
    default MemberJpaEntity toNewEntity(Member member) {
        MemberJpaEntity entity = new MemberJpaEntity();
        entity.setKakaoId(member.kakaoId().value());
        entity.setNickname(member.nickname().value());
        entity.setNicknameKey(member.nickname().uniqueKey());
        entity.setPoints(member.points().value());
        entity.setRightCount(member.accuracy().right());
        entity.setWrongCount(member.accuracy().wrong());
        member.profileImage().ifPresent(image -> {
            entity.setProfileImageUrl(image.url());
            entity.setDefaultProfile(image.isDefault());
        });
        entity.setStaff(member.staff());
        entity.setCreatedAt(member.signedUpAt());
        return entity;
    }

    @Mapping(target = "accuracy", expression = "java(accuracy(entity))")
    @Mapping(target = "skill", expression = "java(skill(entity))")
    @Mapping(target = "signedUpAt", source = "createdAt")
    RankingCandidate toRankingCandidate(MemberJpaEntity entity);

    default Accuracy accuracy(MemberJpaEntity entity) {
        return new Accuracy(entity.getRightCount(), entity.getWrongCount());
    }

    /** The skill counters; a sum of expected hits a hair above the answers (floating-point sums) is the answers. */
    default Skill skill(MemberJpaEntity entity) {
        return new Skill(entity.getSkillAnswers(), entity.getSkillRight(),
                Math.min(entity.getSkillExpectedHits(), entity.getSkillAnswers()));
    }

    default MemberId memberId(Long id) {
        return id == null ? null : new MemberId(id);
    }

    default Nickname nickname(String value) {
        return value == null ? null : new Nickname(value);
    }
}
