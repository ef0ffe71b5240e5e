package kr.co.whaling.application.member.port.in;

import java.util.Objects;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.shared.MemberId;

/** Input of {@link GetPointHistoryUseCase}. */
public record GetPointHistoryQuery(MemberId memberId, PageRequest page) {

    public GetPointHistoryQuery {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(page, "page");
    }
}
