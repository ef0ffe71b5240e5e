package kr.co.whaling.application.port.in;

import java.util.Objects;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.domain.member.MemberId;

/** Input of {@link GetPointHistoryUseCase}. */
public record GetPointHistoryQuery(MemberId memberId, PageRequest page) {

    public GetPointHistoryQuery {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(page, "page");
    }
}
