package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.member.port.in.ChangeNicknameCommand;
import kr.co.whaling.application.member.port.in.ChangeNicknameUseCase;
import kr.co.whaling.application.member.port.in.CheckNicknameQuery;
import kr.co.whaling.application.member.port.in.CheckNicknameUseCase;
import kr.co.whaling.application.member.port.in.GetMemberProfileUseCase;
import kr.co.whaling.domain.shared.MemberId;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own profile and nickname. */
@RestController
@Tag(name = "Member", description = "The caller's own account")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@RequiredArgsConstructor
public class MemberController {

    private final GetMemberProfileUseCase getProfile;
    private final CheckNicknameUseCase checkNickname;
    private final ChangeNicknameUseCase changeNickname;
    private final MemberJsonMapper mapper;

    @Operation(summary = "The caller's profile: points, accuracy, whale status")
    @GetMapping({"/user", "/user/"})
    public ProfileResponse profile(@CurrentMember MemberId member) {
        return mapper.toResponse(getProfile.getProfile(member));
    }

    @Operation(summary = "Check whether a nickname is valid and free",
            description = "200 when free (or already the caller's own); 409 when taken; 400 when invalid.")
    @PostMapping({"/user/nickname/check", "/user/nickname/check/"})
    public NicknameResponse checkNickname(@RequestBody NicknameRequest body, @CurrentMember MemberId member) {
        return mapper.toResponse(checkNickname.checkNickname(new CheckNicknameQuery(member, body.nickname())));
    }

    @Operation(summary = "Change the caller's nickname", description = "409 when taken; 400 when invalid.")
    @PatchMapping({"/user/nickname", "/user/nickname/"})
    public NicknameResponse changeNickname(@RequestBody NicknameRequest body, @CurrentMember MemberId member) {
        return mapper.toResponse(changeNickname.changeNickname(new ChangeNicknameCommand(member, body.nickname())));
    }
}
