package kr.co.whaling.application.member.service;

import static kr.co.whaling.application.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import kr.co.whaling.application.member.port.in.GetPointHistoryQuery;
import kr.co.whaling.application.member.port.out.LoadPointHistoryPort;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetPointHistoryServiceTest {

    private static final MemberId MEMBER = new MemberId(7);

    @Mock
    private LoadPointHistoryPort loadPointHistoryPort;

    private GetPointHistoryService service;

    @BeforeEach
    void setUp() {
        service = new GetPointHistoryService(loadPointHistoryPort);
    }

    @Test
    void the_history_is_the_requested_page_of_the_members_own_ledger() {
        PageRequest request = new PageRequest(0, 2);
        Page<PointLedgerEntry> ledger = new Page<>(List.of(
                new PointLedgerEntry(MEMBER, -10, PointReason.ANSWER_FEE, new VoteId(3), 240, NOW),
                new PointLedgerEntry(MEMBER, -50, PointReason.VOTE_FEE, new VoteId(2), 250, NOW.minusSeconds(60))),
                request, 3);
        when(loadPointHistoryPort.loadPointHistory(MEMBER, request)).thenReturn(ledger);

        assertThat(service.getPointHistory(new GetPointHistoryQuery(MEMBER, request))).isEqualTo(ledger);
    }
}
