package kr.co.whaling.adapter.in.web;

import kr.co.whaling.adapter.in.web.security.TokenService;
import kr.co.whaling.adapter.in.web.security.WebSecurityConfiguration;
import kr.co.whaling.application.coin.port.in.ListCoinsUseCase;
import kr.co.whaling.application.member.port.in.ChangeNicknameUseCase;
import kr.co.whaling.application.member.port.in.CheckNicknameUseCase;
import kr.co.whaling.application.member.port.in.GetMemberProfileUseCase;
import kr.co.whaling.application.member.port.in.GetPointHistoryUseCase;
import kr.co.whaling.application.member.port.in.LoginWithKakaoUseCase;
import kr.co.whaling.application.stats.port.in.GetAccuracyStatsUseCase;
import kr.co.whaling.application.stats.port.in.GetCalibrationUseCase;
import kr.co.whaling.application.stats.port.in.GetLeaderboardUseCase;
import kr.co.whaling.application.vote.port.in.CastChoiceUseCase;
import kr.co.whaling.application.vote.port.in.CreateVoteUseCase;
import kr.co.whaling.application.vote.port.in.GetVoteUseCase;
import kr.co.whaling.application.vote.port.in.ListCreatedVotesUseCase;
import kr.co.whaling.application.vote.port.in.ListParticipatedVotesUseCase;
import kr.co.whaling.application.vote.port.in.ListVotesUseCase;
import kr.co.whaling.application.vote.port.in.PreviewVoteUseCase;
import kr.co.whaling.domain.shared.MemberId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every web test: one {@code @WebMvcTest} context (shared, so the slice starts once) with
 * the real security, mappers and error handling, and every use case mocked.
 */
@WebMvcTest
@Import({WebSecurityConfiguration.class, TokenService.class, VoteJsonMapper.class, MemberJsonMapper.class,
        PointHistoryMapperImpl.class, CoinJsonMapper.class, StatsJsonMapper.class})
public abstract class WebSliceTest {

    /** Problem Details content type. */
    protected static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TokenService tokens;

    @MockitoBean
    protected CreateVoteUseCase createVote;
    @MockitoBean
    protected CastChoiceUseCase castChoice;
    @MockitoBean
    protected ListVotesUseCase listVotes;
    @MockitoBean
    protected GetVoteUseCase getVote;
    @MockitoBean
    protected LoginWithKakaoUseCase login;
    @MockitoBean
    protected GetMemberProfileUseCase getProfile;
    @MockitoBean
    protected CheckNicknameUseCase checkNickname;
    @MockitoBean
    protected ChangeNicknameUseCase changeNickname;
    @MockitoBean
    protected ListCreatedVotesUseCase listCreated;
    @MockitoBean
    protected ListParticipatedVotesUseCase listParticipated;
    @MockitoBean
    protected GetPointHistoryUseCase getPointHistory;
    @MockitoBean
    protected ListCoinsUseCase listCoins;
    @MockitoBean
    protected GetAccuracyStatsUseCase getAccuracyStats;
    @MockitoBean
    protected GetLeaderboardUseCase getLeaderboard;
    @MockitoBean
    protected GetCalibrationUseCase getCalibration;
    @MockitoBean
    protected PreviewVoteUseCase previewVote;

    /** An {@code Authorization} header value with a fresh access token of the member. */
    protected String bearer(long memberId) {
        return "Bearer " + tokens.issue(new MemberId(memberId)).accessToken();
    }
}
