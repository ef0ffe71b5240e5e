package kr.co.whaling.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import kr.co.whaling.application.stats.port.in.GetAccuracyStatsUseCase;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How often the crowd and the whales were right, and the best members. */
@RestController
@Tag(name = "Coins and statistics")
public class StatsController {

    private final GetAccuracyStatsUseCase getAccuracyStats;
    private final GetLeaderboardUseCase getLeaderboard;
    private final StatsJsonMapper mapper;

    StatsController(GetAccuracyStatsUseCase getAccuracyStats, GetLeaderboardUseCase getLeaderboard,
                    StatsJsonMapper mapper) {
        this.getAccuracyStats = getAccuracyStats;
        this.getLeaderboard = getLeaderboard;
        this.mapper = mapper;
    }

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

    @Operation(summary = "Members ranked by the 95% Wilson lower bound of their hit rate",
            description = "Only members with at least 5 settled answers.")
    @GetMapping({"/leaderboard", "/leaderboard/"})
    public List<LeaderboardEntryResponse> leaderboard(
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
        return mapper.toResponses(getLeaderboard.getLeaderboard(new GetLeaderboardQuery(size)));
    }
}
