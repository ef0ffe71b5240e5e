package kr.co.whaling.adapter.in.web;

import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.ProfileImage;
import org.springframework.stereotype.Component;

/** Maps a member's profile and nickname to their JSON. */
@Component
class MemberJsonMapper {

    ProfileResponse toResponse(MemberProfile profile) {
        Member member = profile.member();
        return new ProfileResponse(
                member.nickname().value(),
                member.accuracy().percent(),
                member.points().value(),
                member.profileImage().map(ProfileImage::url).orElse(null),
                // Without a consented Kakao image the frontend shows its default picture.
                member.profileImage().map(ProfileImage::isDefault).orElse(true),
                profile.whale(),
                member.accuracy().right(),
                member.accuracy().wrong());
    }

    NicknameResponse toResponse(Nickname nickname) {
        return new NicknameResponse(nickname.value());
    }
}
