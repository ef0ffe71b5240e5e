package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.co.whaling.domain.member.Nickname;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code members}: a member's identity, balance and right/wrong counters. */
@Entity
@Table(name = "members")
@Getter
@Setter
@NoArgsConstructor
public class MemberJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kakao_id", nullable = false, unique = true)
    private long kakaoId;

    @Column(name = "nickname", nullable = false, length = 20)
    private String nickname;

    @Column(name = "nickname_key", nullable = false, unique = true, length = Nickname.MAX_KEY_LENGTH)
    private String nicknameKey;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "right_count", nullable = false)
    private long rightCount;

    @Column(name = "wrong_count", nullable = false)
    private long wrongCount;

    @Column(name = "skill_answers", nullable = false)
    private long skillAnswers;

    @Column(name = "skill_right", nullable = false)
    private long skillRight;

    @Column(name = "skill_expected_hits", nullable = false)
    private double skillExpectedHits;

    @Column(name = "profile_image_url", length = 1024)
    private String profileImageUrl;

    @Column(name = "is_default_profile", nullable = false)
    private boolean defaultProfile;

    @Column(name = "staff", nullable = false)
    private boolean staff;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
