package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.adapter.in.web.WebFixtures.MEMBER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.co.whaling.application.vote.port.in.CreateVoteCommand;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.baserate.QuestionTooCertainException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.RangePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.ResultActions;

class CreateVoteControllerTest extends WebSliceTest {

    private static final String BODY = """
            {"coin_code": "btc", "duration": "week", "range": 5, "comment": "down"}
            """;

    private ResultActions create(String path, String body, String language) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/votes", "/votes/"})
    void creates_a_vote_for_the_member_of_the_token(String path) throws Exception {
        given(createVote.createVote(any())).willReturn(new VoteId(31));

        create(path, BODY, null)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "http://localhost/votes/31"))
                .andExpect(content().json("{\"vote_id\": 31}", JsonCompareMode.STRICT));

        verify(createVote).createVote(new CreateVoteCommand(new MemberId(MEMBER), "btc", Direction.DOWN, 5,
                Horizon.WEEK));
    }

    @Test
    void without_a_token_nothing_is_created() throws Exception {
        mvc.perform(post("/votes").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("로그인이 필요합니다."));
        verifyNoInteractions(createVote);
    }

    @Test
    void malformed_json_is_400_problem() throws Exception {
        create("/votes", "{\"coin_code\": \"BTC\", ", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status": 400, "title": "잘못된 요청",
                         "detail": "요청 본문을 읽을 수 없습니다. 올바른 JSON인지 확인해 주세요.", "instance": "/votes"}
                        """, JsonCompareMode.STRICT));
        verifyNoInteractions(createVote);
    }

    @Test
    void a_missing_body_is_400_problem() throws Exception {
        create("/votes", "", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body cannot be read. Please send valid JSON."));
    }

    @Test
    void an_unknown_duration_is_400_naming_the_field() throws Exception {
        create("/votes", """
                {"coin_code": "BTC", "duration": "year", "range": 5, "comment": "up"}
                """, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status": 400, "title": "잘못된 요청", "detail": "요청 값이 올바르지 않습니다.",
                         "instance": "/votes",
                         "errors": {"duration": "허용되지 않는 값입니다: year (가능한 값: day, week, month)"}}
                        """, JsonCompareMode.STRICT));
        verifyNoInteractions(createVote);
    }

    @Test
    void an_unknown_comment_is_400_naming_the_field_in_english() throws Exception {
        create("/votes", """
                {"coin_code": "BTC", "duration": "day", "range": 5, "comment": "sideways"}
                """, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").value("Value not allowed: sideways (allowed: up, down)"));
    }

    @Test
    void a_range_of_the_wrong_type_is_400_naming_the_field() throws Exception {
        create("/votes", """
                {"coin_code": "BTC", "duration": "day", "range": "five", "comment": "up"}
                """, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.range").value("올바르지 않은 값입니다: five"));
    }

    @Test
    void missing_fields_are_400_with_every_field_in_snake_case() throws Exception {
        create("/votes", "{\"coin_code\": \" \"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"status": 400, "title": "잘못된 요청", "detail": "요청 값이 올바르지 않습니다.",
                         "instance": "/votes",
                         "errors": {"coin_code": "필수 값입니다.", "duration": "필수 값입니다.",
                                    "range": "필수 값입니다.", "comment": "필수 값입니다."}}
                        """, JsonCompareMode.STRICT));
        verifyNoInteractions(createVote);
    }

    @Test
    void a_coin_under_warning_is_400_on_coin_code() throws Exception {
        given(createVote.createVote(any()))
                .willThrow(new CoinNotAvailableException(new CoinCode("XRP"), CoinNotAvailableException.Reason.WARNING));

        create("/votes", BODY, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"status": 400, "title": "잘못된 요청",
                         "detail": "투자 유의 종목으로 지정된 코인에는 질문을 만들 수 없습니다: XRP", "instance": "/votes",
                         "errors": {"coin_code": "투자 유의 종목으로 지정된 코인에는 질문을 만들 수 없습니다: XRP"}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void an_unknown_coin_is_400_on_coin_code_in_english() throws Exception {
        given(createVote.createVote(any()))
                .willThrow(new CoinNotAvailableException(new CoinCode("NOPE"), CoinNotAvailableException.Reason.UNKNOWN));

        create("/votes", BODY, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.coin_code").value("Unknown coin: NOPE"));
    }

    @Test
    void a_range_out_of_bounds_is_400_on_range() throws Exception {
        given(createVote.createVote(any())).willAnswer(invocation -> RangePolicy.standard().check(Direction.DOWN, 150));

        create("/votes", BODY, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.range").value("범위는 1%에서 99% 사이여야 합니다."));
    }

    @Test
    void too_few_points_is_400_on_points() throws Exception {
        given(createVote.createVote(any())).willThrow(new NotEnoughPointsException(Points.of(50), Points.of(20)));

        create("/votes", BODY, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("고래밥이 부족합니다. 필요: 50, 보유: 20"))
                .andExpect(jsonPath("$.errors.points").value("고래밥이 부족합니다. 필요: 50, 보유: 20"));
    }

    @Test
    void no_fresh_price_is_503() throws Exception {
        given(createVote.createVote(any()))
                .willThrow(new PriceUnavailableException(new CoinCode("BTC"), "quote too old"));

        create("/votes", BODY, "en")
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Service Unavailable"))
                .andExpect(jsonPath("$.detail").value("No fresh price for BTC right now, so the question was not "
                        + "created and no points were charged. Please try again shortly."));
    }

    @Test
    void an_unexpected_failure_is_500_without_internals() throws Exception {
        given(createVote.createVote(any())).willThrow(new IllegalStateException("connection pool exhausted"));

        create("/votes", BODY, null)
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status": 500, "title": "서버 오류",
                         "detail": "서버에서 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.", "instance": "/votes"}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void a_wrong_content_type_is_415_problem() throws Exception {
        mvc.perform(post("/votes").contentType(MediaType.TEXT_PLAIN).content("hello")
                        .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("지원하지 않는 요청 형식"));
    }

    @Test
    void a_question_the_guardrail_refuses_is_a_400_blaming_the_range_in_the_caller_s_language() throws Exception {
        given(createVote.createVote(any())).willThrow(
                new QuestionTooCertainException(BaseRatePolicy.standard().rateOf(3, 358)));

        create("/votes", BODY, "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.range").value("A question like this came true in 3 of the last 358"
                        + " windows: its answer is almost certain. Change the range or the horizon."));
        create("/votes", BODY, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.range").value("이런 질문은 지난 358번의 기간 중 3번 실현되어 답이 거의"
                        + " 정해져 있습니다. 범위나 기간을 바꿔 주세요."));
    }
}
