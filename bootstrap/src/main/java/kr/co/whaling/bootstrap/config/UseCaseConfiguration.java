package kr.co.whaling.bootstrap.config;

import java.time.Clock;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.port.in.ListCoinsUseCase;
import kr.co.whaling.application.coin.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.coin.port.in.RefreshDailyClosesUseCase;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.LoadMarketsPort;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.application.coin.port.out.SaveCoinsPort;
import kr.co.whaling.application.coin.port.out.StoreDailyClosesPort;
import kr.co.whaling.application.coin.service.ListCoinsService;
import kr.co.whaling.application.coin.service.RefreshCoinsService;
import kr.co.whaling.application.coin.service.RefreshDailyClosesService;
import kr.co.whaling.application.member.port.in.ChangeNicknameUseCase;
import kr.co.whaling.application.member.port.in.CheckNicknameUseCase;
import kr.co.whaling.application.member.port.in.GetMemberProfileUseCase;
import kr.co.whaling.application.member.port.in.GetPointHistoryUseCase;
import kr.co.whaling.application.member.port.in.LoginWithKakaoUseCase;
import kr.co.whaling.application.member.port.out.FetchKakaoIdentityPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.LoadPointHistoryPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.application.member.service.ChangeNicknameService;
import kr.co.whaling.application.member.service.CheckNicknameService;
import kr.co.whaling.application.member.service.GetMemberProfileService;
import kr.co.whaling.application.member.service.GetPointHistoryService;
import kr.co.whaling.application.member.service.LoginWithKakaoService;
import kr.co.whaling.application.stats.port.in.GetAccuracyStatsUseCase;
import kr.co.whaling.application.stats.port.in.GetCalibrationUseCase;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import kr.co.whaling.application.stats.port.out.LoadAccuracyStatsPort;
import kr.co.whaling.application.stats.port.out.LoadCalibrationPort;
import kr.co.whaling.application.stats.port.out.LoadRankingCandidatesPort;
import kr.co.whaling.application.stats.service.GetAccuracyStatsService;
import kr.co.whaling.application.stats.service.GetCalibrationService;
import kr.co.whaling.application.stats.service.GetLeaderboardService;
import kr.co.whaling.application.vote.port.in.CastChoiceUseCase;
import kr.co.whaling.application.vote.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.vote.port.in.CreateVoteUseCase;
import kr.co.whaling.application.vote.port.in.GetVoteUseCase;
import kr.co.whaling.application.vote.port.in.ListCreatedVotesUseCase;
import kr.co.whaling.application.vote.port.in.ListParticipatedVotesUseCase;
import kr.co.whaling.application.vote.port.in.ListVotesUseCase;
import kr.co.whaling.application.vote.port.in.PreviewVoteUseCase;
import kr.co.whaling.application.vote.port.in.SettleDueVotesUseCase;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.LoadVoteViewsPort;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.application.vote.service.CastChoiceService;
import kr.co.whaling.application.vote.service.CloseDueVotesService;
import kr.co.whaling.application.vote.service.CreateVoteService;
import kr.co.whaling.application.vote.service.GetVoteService;
import kr.co.whaling.application.vote.service.ListCreatedVotesService;
import kr.co.whaling.application.vote.service.ListParticipatedVotesService;
import kr.co.whaling.application.vote.service.ListVotesService;
import kr.co.whaling.application.vote.service.PreviewVoteService;
import kr.co.whaling.application.vote.service.SettleDueVotesService;
import kr.co.whaling.domain.vote.GameRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Builds every use case from its service and the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatsProperties.class)
public class UseCaseConfiguration {

    @Bean
    LoginWithKakaoUseCase loginWithKakaoUseCase(FetchKakaoIdentityPort identities, LoadMemberPort loadMembers,
                                                SaveMemberPort saveMembers, Clock clock, GameRules rules) {
        return new LoginWithKakaoService(identities, loadMembers, saveMembers, clock, rules);
    }

    @Bean
    GetMemberProfileUseCase getMemberProfileUseCase(LoadMemberPort loadMembers, GameRules rules) {
        return new GetMemberProfileService(loadMembers, rules);
    }

    @Bean
    CheckNicknameUseCase checkNicknameUseCase(LoadMemberPort loadMembers) {
        return new CheckNicknameService(loadMembers);
    }

    @Bean
    ChangeNicknameUseCase changeNicknameUseCase(LoadMemberPort loadMembers, SaveMemberPort saveMembers) {
        return new ChangeNicknameService(loadMembers, saveMembers);
    }

    @Bean
    ListCreatedVotesUseCase listCreatedVotesUseCase(LoadVoteViewsPort views) {
        return new ListCreatedVotesService(views);
    }

    @Bean
    ListParticipatedVotesUseCase listParticipatedVotesUseCase(LoadVoteViewsPort views) {
        return new ListParticipatedVotesService(views);
    }

    @Bean
    ListVotesUseCase listVotesUseCase(LoadVoteViewsPort views) {
        return new ListVotesService(views);
    }

    @Bean
    GetVoteUseCase getVoteUseCase(LoadVoteViewsPort views) {
        return new GetVoteService(views);
    }

    @Bean
    GetPointHistoryUseCase getPointHistoryUseCase(LoadPointHistoryPort history) {
        return new GetPointHistoryService(history);
    }

    @Bean
    CreateVoteUseCase createVoteUseCase(LoadMemberPort loadMembers, LoadCoinPort coins, DailyCloseHistory history,
                                        LoadPriceNowPort prices, SaveVotePort saveVotes, Clock clock,
                                        GameRules rules) {
        return new CreateVoteService(loadMembers, coins, history, prices, saveVotes, clock, rules);
    }

    @Bean
    PreviewVoteUseCase previewVoteUseCase(LoadMemberPort loadMembers, LoadCoinPort coins, DailyCloseHistory history,
                                          LoadPriceNowPort prices, Clock clock, GameRules rules) {
        return new PreviewVoteService(loadMembers, coins, history, prices, clock, rules);
    }

    @Bean
    CastChoiceUseCase castChoiceUseCase(LoadVotePort loadVotes, LoadMemberPort loadMembers, LoadCoinPort coins,
                                        SaveAnswerPort answers, Clock clock, GameRules rules) {
        return new CastChoiceService(loadVotes, loadMembers, coins, answers, clock, rules);
    }

    @Bean
    ListCoinsUseCase listCoinsUseCase(LoadCoinPort coins) {
        return new ListCoinsService(coins);
    }

    @Bean
    GetAccuracyStatsUseCase getAccuracyStatsUseCase(LoadAccuracyStatsPort stats) {
        return new GetAccuracyStatsService(stats);
    }

    @Bean
    GetLeaderboardService leaderboardRanking(LoadRankingCandidatesPort candidates, GameRules rules) {
        return new GetLeaderboardService(candidates, rules);
    }

    @Bean
    @Primary
    GetLeaderboardUseCase getLeaderboardUseCase(GetLeaderboardService ranking, StatsProperties stats) {
        return KeptStats.leaderboard(ranking, stats.keptFor());
    }

    @Bean
    GetCalibrationService calibrationSums(LoadCalibrationPort calibration) {
        return new GetCalibrationService(calibration);
    }

    @Bean
    @Primary
    GetCalibrationUseCase getCalibrationUseCase(GetCalibrationService sums, StatsProperties stats) {
        return KeptStats.calibration(sums, stats.keptFor());
    }

    @Bean
    CloseDueVotesUseCase closeDueVotesUseCase(LoadVotePort loadVotes, SaveVotePort saveVotes, Clock clock,
                                              JobsProperties jobs) {
        return new CloseDueVotesService(loadVotes, saveVotes, clock, jobs.settlementChunkSize());
    }

    @Bean
    SettleDueVotesUseCase settleDueVotesUseCase(LoadVotePort loadVotes, LoadPriceAtPort priceAt,
                                                ApplySettlementPort settlements, Clock clock, GameRules rules,
                                                JobsProperties jobs) {
        return new SettleDueVotesService(loadVotes, priceAt, settlements, clock, rules, jobs.settlementChunkSize());
    }

    @Bean
    RefreshCoinsUseCase refreshCoinsUseCase(LoadMarketsPort markets, LoadCurrentPricesPort prices,
                                            SaveCoinsPort coins) {
        return new RefreshCoinsService(markets, prices, coins);
    }

    /** A coin's stored history of daily closes, fetched when stale: for the daily job and for base rates. */
    @Bean
    DailyCloseHistory dailyCloseHistory(LoadDailyClosesPort source, StoreDailyClosesPort store, GameRules rules) {
        return new DailyCloseHistory(source, store, rules.baseRates());
    }

    @Bean
    RefreshDailyClosesUseCase refreshDailyClosesUseCase(LoadCoinPort coins, DailyCloseHistory history, Clock clock) {
        return new RefreshDailyClosesService(coins, history, clock);
    }
}
