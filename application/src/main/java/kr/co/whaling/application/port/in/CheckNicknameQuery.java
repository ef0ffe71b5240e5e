package kr.co.whaling.application.port.in;

import java.util.Objects;
import kr.co.whaling.domain.member.MemberId;

/** Input of {@link CheckNicknameUseCase}: who asks, and the nickname as typed. */
public record CheckNicknameQuery(MemberId memberId, String nickname) {

    public CheckNicknameQuery {
        Objects.requireNonNull(memberId, "memberId");
    }
}
