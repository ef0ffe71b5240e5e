package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import kr.co.whaling.application.stats.model.LeaderboardOrder;
import kr.co.whaling.application.stats.port.in.GetAccuracyStatsUseCase;
import kr.co.whaling.application.stats.port.in.GetCalibrationUseCase;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How often the crowd and the whales were right, how well calibrated the crowd is, and the best members. */
@RestController
@Tag(name = "Coins and statistics")
@RequiredArgsConstructor
public class StatsController {

    private final GetAccuracyStatsUseCase getAccuracyStats;
    private final GetLeaderboardUseCase getLeaderboard;
    private final GetCalibrationUseCase getCalibration;
    private final StatsJsonMapper mapper;

    @Operation(summary = "The crowd's overall accuracy, as a string with one decimal")
    @GetMapping({"/acc-percent", "/acc-percent/"})
    public AccPercentResponse accPercent() {
        return mapper.toAccPercent(getAccuracyStats.getAccuracyStats());
    }

    @Operation(summary = "Crowd and whale accuracy overall, per coin and per horizon, with counts")
    @GetMapping({"/stats/accuracy", "/stats/accuracy/"})
    public AccuracyStatsResponse accuracy() {
        return mapper.toResponse(getAccuracyStats.getAccuracyStats());
    }

    @Operation(summary = "Members ranked by the 95% Wilson lower bound of their hit rate, or by skill",
            description = "Only members with at least 5 settled answers. With order=skill: ranked by percentage "
                    + "points above the base rates of the questions they answered (at least 5 answers with a base "
                    + "rate), each line with its skill and answers_with_base_rate.")
    @GetMapping({"/leaderboard", "/leaderboard/"})
    public List<LeaderboardEntryResponse> leaderboard(
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(name = "order", defaultValue = "hit_rate") LeaderboardOrder order) {
        return mapper.toResponses(getLeaderboard.getLeaderboard(new GetLeaderboardQuery(size, order)),
                order == LeaderboardOrder.SKILL);
    }

    @Operation(summary = "The crowd's calibration overall, per coin and per horizon",
            description = "Per tenth of the crowd's YES share, the questions and the share that came true; the "
                    + "Brier score of the crowd next to that of the base rates.")
    @GetMapping({"/stats/calibration", "/stats/calibration/"})
    public CalibrationResponse calibration() {
        return mapper.toResponse(getCalibration.getCalibration());
    }
}
