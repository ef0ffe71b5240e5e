package kr.co.whaling.application.member.port.in;

import java.util.Objects;
import kr.co.whaling.domain.shared.MemberId;

/** Input of {@link CheckNicknameUseCase}: who asks, and the nickname as typed. */
public record CheckNicknameQuery(MemberId memberId, String nickname) {

    public CheckNicknameQuery {
        Objects.requireNonNull(memberId, "memberId");
    }
}
