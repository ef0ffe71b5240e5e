package kr.co.whaling.application.member.port.in;

import java.util.Objects;
import kr.co.whaling.domain.shared.MemberId;

/** Input of {@link ChangeNicknameUseCase}: who, and the new nickname as typed. */
public record ChangeNicknameCommand(MemberId memberId, String nickname) {

    public ChangeNicknameCommand {
        Objects.requireNonNull(memberId, "memberId");
    }
}
