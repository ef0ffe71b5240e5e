package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** A row of {@code members}: a member's identity, balance and right/wrong counters. */
@Entity
@Table(name = "members")
@Getter
@Setter
public class MemberJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long kakaoId;
    private String nickname;
    private String nicknameKey;
    private long points;
    private long rightCount;
    private long wrongCount;
    private long skillAnswers;
    private long skillRight;
    private double skillExpectedHits;
    private String profileImageUrl;

    @Column(name = "is_default_profile")
    private boolean defaultProfile;

    private boolean staff;
    private Instant createdAt;
}
