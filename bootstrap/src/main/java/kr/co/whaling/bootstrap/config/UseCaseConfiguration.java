package kr.co.whaling.bootstrap.config;

import java.time.Clock;
import kr.co.whaling.application.port.in.CastChoiceUseCase;
import kr.co.whaling.application.port.in.ChangeNicknameUseCase;
import kr.co.whaling.application.port.in.CheckNicknameUseCase;
import kr.co.whaling.application.port.in.CloseDueVotesUseCase;
import kr.co.whaling.application.port.in.CreateVoteUseCase;
import kr.co.whaling.application.port.in.GetAccuracyStatsUseCase;
import kr.co.whaling.application.port.in.GetLeaderboardUseCase;
import kr.co.whaling.application.port.in.GetMemberProfileUseCase;
import kr.co.whaling.application.port.in.GetPointHistoryUseCase;
import kr.co.whaling.application.port.in.GetVoteUseCase;
import kr.co.whaling.application.port.in.ListCoinsUseCase;
import kr.co.whaling.application.port.in.ListCreatedVotesUseCase;
import kr.co.whaling.application.port.in.ListParticipatedVotesUseCase;
import kr.co.whaling.application.port.in.ListVotesUseCase;
import kr.co.whaling.application.port.in.LoginWithKakaoUseCase;
import kr.co.whaling.application.port.in.RefreshCoinsUseCase;
import kr.co.whaling.application.port.in.SettleDueVotesUseCase;
import kr.co.whaling.application.port.out.ApplySettlementPort;
import kr.co.whaling.application.port.out.FetchKakaoIdentityPort;
import kr.co.whaling.application.port.out.LoadAccuracyStatsPort;
import kr.co.whaling.application.port.out.LoadCoinPort;
import kr.co.whaling.application.port.out.LoadCurrentPricesPort;
import kr.co.whaling.application.port.out.LoadMarketsPort;
import kr.co.whaling.application.port.out.LoadMemberPort;
import kr.co.whaling.application.port.out.LoadPointHistoryPort;
import kr.co.whaling.application.port.out.LoadPriceAtPort;
import kr.co.whaling.application.port.out.LoadPriceNowPort;
import kr.co.whaling.application.port.out.LoadRankingCandidatesPort;
import kr.co.whaling.application.port.out.LoadVotePort;
import kr.co.whaling.application.port.out.LoadVoteViewsPort;
import kr.co.whaling.application.port.out.SaveAnswerPort;
import kr.co.whaling.application.port.out.SaveCoinsPort;
import kr.co.whaling.application.port.out.SaveMemberPort;
import kr.co.whaling.application.port.out.SaveVotePort;
import kr.co.whaling.application.service.CastChoiceService;
import kr.co.whaling.application.service.ChangeNicknameService;
import kr.co.whaling.application.service.CheckNicknameService;
import kr.co.whaling.application.service.CloseDueVotesService;
import kr.co.whaling.application.service.CreateVoteService;
import kr.co.whaling.application.service.GetAccuracyStatsService;
import kr.co.whaling.application.service.GetLeaderboardService;
import kr.co.whaling.application.service.GetMemberProfileService;
import kr.co.whaling.application.service.GetPointHistoryService;
import kr.co.whaling.application.service.GetVoteService;
import kr.co.whaling.application.service.ListCoinsService;
import kr.co.whaling.application.service.ListCreatedVotesService;
import kr.co.whaling.application.service.ListParticipatedVotesService;
import kr.co.whaling.application.service.ListVotesService;
import kr.co.whaling.application.service.LoginWithKakaoService;
import kr.co.whaling.application.service.RefreshCoinsService;
import kr.co.whaling.application.service.SettleDueVotesService;
import kr.co.whaling.domain.vote.GameRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds every use case from its service and the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
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
    CreateVoteUseCase createVoteUseCase(LoadMemberPort loadMembers, LoadCoinPort coins, LoadPriceNowPort prices,
                                        SaveVotePort saveVotes, Clock clock, GameRules rules) {
        return new CreateVoteService(loadMembers, coins, prices, saveVotes, clock, rules);
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
    GetLeaderboardUseCase getLeaderboardUseCase(LoadRankingCandidatesPort candidates, GameRules rules) {
        return new GetLeaderboardService(candidates, rules);
    }

    @Bean
    CloseDueVotesUseCase closeDueVotesUseCase(SaveVotePort saveVotes, Clock clock) {
        return new CloseDueVotesService(saveVotes, clock);
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
}
