package kr.co.whaling.domain.testdata;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.ProfileImage;
import kr.co.whaling.domain.member.SignupPolicy;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;

/**
 * Test data builder for {@link Member}: a saved, ordinary member with the signup grant by default;
 * every property can be changed. Ids and Kakao ids are unique per JVM so builders never collide.
 */
public final class MemberBuilder {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private long id;
    private long kakaoId;
    private String nickname;
    private long points = SignupPolicy.standard().grant().value();
    private Accuracy accuracy = Accuracy.NONE;
    private ProfileImage profileImage = new ProfileImage("https://k.kakaocdn.net/profile.jpg", false);
    private boolean staff;
    private Instant signedUpAt = SeoulTime.seoul("2024-01-01T09:00");

    private MemberBuilder() {
        long n = SEQUENCE.incrementAndGet();
        this.id = n;
        this.kakaoId = 3_000_000_000L + n;
        this.nickname = "user" + kakaoId;
    }

    /** An ordinary member: 300 points, no settled answers, not staff. */
    public static MemberBuilder aMember() {
        return new MemberBuilder();
    }

    /** An operator, who creates official questions. */
    public static MemberBuilder aStaffMember() {
        return new MemberBuilder().staff();
    }

    /** What Kakao says about a user who shared a (non-default) profile image. */
    public static KakaoIdentity kakaoIdentity(long kakaoId, String profileImageUrl) {
        return new KakaoIdentity(new KakaoId(kakaoId), Optional.of(new ProfileImage(profileImageUrl, false)));
    }

    /** What Kakao says about a user who did not consent to share a profile image. */
    public static KakaoIdentity kakaoIdentityWithoutImage(long kakaoId) {
        return new KakaoIdentity(new KakaoId(kakaoId), Optional.empty());
    }

    public MemberBuilder withId(long value) {
        this.id = value;
        return this;
    }

    public MemberBuilder withKakaoId(long value) {
        this.kakaoId = value;
        return this;
    }

    public MemberBuilder withNickname(String value) {
        this.nickname = value;
        return this;
    }

    public MemberBuilder withPoints(long value) {
        this.points = value;
        return this;
    }

    /** Settled answers so far: {@code right} right and {@code wrong} wrong. */
    public MemberBuilder withAccuracy(long right, long wrong) {
        this.accuracy = new Accuracy(right, wrong);
        return this;
    }

    /** A member who is a whale under the standard policy (8 right of 10). */
    public MemberBuilder whale() {
        return withAccuracy(8, 2);
    }

    public MemberBuilder withProfileImage(String url, boolean isDefault) {
        this.profileImage = new ProfileImage(url, isDefault);
        return this;
    }

    public MemberBuilder withoutProfileImage() {
        this.profileImage = null;
        return this;
    }

    public MemberBuilder staff() {
        this.staff = true;
        return this;
    }

    public MemberBuilder signedUpAt(Instant value) {
        this.signedUpAt = value;
        return this;
    }

    /** The member as the database would hand it back. */
    public Member build() {
        return Member.restore(new MemberId(id), new KakaoId(kakaoId), new Nickname(nickname), Points.of(points),
                accuracy, profileImage, staff, signedUpAt);
    }
}
