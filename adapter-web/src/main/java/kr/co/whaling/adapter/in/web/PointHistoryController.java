package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import kr.co.whaling.adapter.in.web.security.CurrentMember;
import kr.co.whaling.application.member.port.in.GetPointHistoryQuery;
import kr.co.whaling.application.member.port.in.GetPointHistoryUseCase;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.shared.MemberId;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's point ledger. */
@RestController
@Tag(name = "Member")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@RequiredArgsConstructor
public class PointHistoryController {

    private final GetPointHistoryUseCase getPointHistory;
    private final PointHistoryMapper mapper;

    @Operation(summary = "The caller's point ledger, newest first",
            description = "Paged: X-Total-Count and Link headers.")
    @GetMapping({"/user/points", "/user/points/"})
    public ResponseEntity<List<PointEntryResponse>> points(
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @CurrentMember MemberId member) {
        Page<PointLedgerEntry> entries = getPointHistory.getPointHistory(
                new GetPointHistoryQuery(member, new PageRequest(page, size)));
        return ResponseEntity.ok().headers(PageHeaders.of(entries)).body(mapper.toResponses(entries.items()));
    }
}
