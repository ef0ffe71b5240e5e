package kr.co.whaling.domain.member;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;

/**
 * A player. Signs up through Kakao, holds points (never negative; every change is a ledger entry),
 * counts right and wrong settled answers, and may be staff (creates official questions).
 */
public final class Member {

    private final MemberId id;
    private final KakaoId kakaoId;
    private final Nickname nickname;
    private final Points points;
    private final Accuracy accuracy;
    private ProfileImage profileImage;
    private final boolean staff;
    private final Instant signedUpAt;

    private Member(MemberId id, KakaoId kakaoId, Nickname nickname, Points points, Accuracy accuracy,
                   ProfileImage profileImage, boolean staff, Instant signedUpAt) {
        this.id = id;
        this.kakaoId = Objects.requireNonNull(kakaoId, "kakaoId");
        this.nickname = Objects.requireNonNull(nickname, "nickname");
        this.points = Objects.requireNonNull(points, "points");
        this.accuracy = Objects.requireNonNull(accuracy, "accuracy");
        this.profileImage = profileImage;
        this.staff = staff;
        this.signedUpAt = Objects.requireNonNull(signedUpAt, "signedUpAt");
    }

    /**
     * A new member from a first Kakao login: the signup grant, nickname {@code user{kakaoId}}, never
     * staff; without an id until saved, when the grant becomes its first ledger entry.
     */
    public static Member register(KakaoIdentity identity, Instant at, SignupPolicy policy) {
        return new Member(null, identity.kakaoId(), Nickname.initialFor(identity.kakaoId()), policy.grant(),
                Accuracy.NONE, identity.profileImage().orElse(null), false, at);
    }

    /** A member as the database hands it back. */
    public static Member restore(MemberId id, KakaoId kakaoId, Nickname nickname, Points points, Accuracy accuracy,
                                 ProfileImage profileImage, boolean staff, Instant signedUpAt) {
        return new Member(Objects.requireNonNull(id, "id"), kakaoId, nickname, points, accuracy, profileImage,
                staff, signedUpAt);
    }

    /** The ledger entry of the signup grant, once the new member has its id. */
    public PointLedgerEntry signupGrantEntry(MemberId savedId) {
        return new PointLedgerEntry(savedId, points.value(), PointReason.SIGNUP_GRANT, null, points.value(),
                signedUpAt);
    }

    /** A returning login refreshes the profile image (gone when consent was withdrawn), never the nickname. */
    public void refreshFrom(KakaoIdentity identity) {
        if (!identity.kakaoId().equals(kakaoId)) {
            throw new IllegalArgumentException("identity of another member: " + identity.kakaoId());
        }
        this.profileImage = identity.profileImage().orElse(null);
    }

    /** The nickname typed, unless reserved ({@code user{digits}}) and not the member's own initial one. */
    public Nickname chooseNickname(String typed) {
        Nickname chosen = new Nickname(typed);
        if (chosen.hasInitialForm() && !chosen.uniqueKey().equals(Nickname.initialFor(kakaoId).uniqueKey())) {
            throw new InvalidValueException("nickname", "nickname.reserved",
                    "nicknames of the form user{digits} are reserved for new members: " + chosen);
        }
        return chosen;
    }

    /** Refuses, whole, an action the member cannot pay for. */
    public void requireAffordable(Points cost) {
        if (!points.covers(cost)) {
            throw new NotEnoughPointsException(cost, points);
        }
    }

    /** The member's id; asking before the member is saved is a bug (IllegalStateException). */
    public MemberId id() {
        if (id == null) {
            throw new IllegalStateException("member not saved yet");
        }
        return id;
    }

    public KakaoId kakaoId() {
        return kakaoId;
    }

    public Nickname nickname() {
        return nickname;
    }

    public Points points() {
        return points;
    }

    public Accuracy accuracy() {
        return accuracy;
    }

    public Optional<ProfileImage> profileImage() {
        return Optional.ofNullable(profileImage);
    }

    public boolean staff() {
        return staff;
    }

    public Instant signedUpAt() {
        return signedUpAt;
    }
}
