package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.adapter.in.web.WebFixtures.MEMBER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.vote.model.VotePreview;
import kr.co.whaling.application.vote.port.in.PreviewVoteQuery;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.baserate.QuestionTooCertainException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.WilsonInterval;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class VotePreviewControllerTest extends WebSliceTest {

    private static final CoinSummary BTC = new CoinSummary(new CoinCode("BTC"), "비트코인", "https://img.example/BTC.png");

    private static MockHttpServletRequestBuilder preview(String path) {
        return get(path).param("coin_code", "btc").param("duration", "day").param("range", "5").param("comment", "up");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/votes/preview", "/votes/preview/"})
    void an_allowed_question_is_previewed_with_its_price_target_and_base_rate(String path) throws Exception {
        // YES in 182 of 364 windows; the interval given as the domain computed it.
        BaseRate rate = new BaseRate(182, 364, new WilsonInterval(0.448912, 0.551088));
        given(previewVote.previewVote(any())).willReturn(new VotePreview(Optional.of(BTC),
                Optional.of(Prices.krw("100000000")), Optional.of(new BigDecimal("105000000.00")), Optional.of(rate),
                Optional.empty()));

        mvc.perform(preview(path).header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"coin": {"code": "BTC", "krname": "비트코인", "image": "https://img.example/BTC.png"},
                         "created_price": 100000000, "target_price": 105000000,
                         "base_rate": 0.5, "base_rate_windows": 364, "base_rate_low": 0.4489, "base_rate_high": 0.5511,
                         "allowed": true, "reason": null}
                        """, JsonCompareMode.STRICT));

        verify(previewVote).previewVote(new PreviewVoteQuery(new MemberId(MEMBER), "btc", Direction.UP, 5,
                Horizon.DAY));
    }

    @Test
    void a_refused_question_says_why_in_the_caller_s_language() throws Exception {
        BaseRate rate = new BaseRate(0, 364, new WilsonInterval(0, 0.010437));
        given(previewVote.previewVote(any())).willReturn(new VotePreview(Optional.of(BTC),
                Optional.of(Prices.krw("100")), Optional.of(new BigDecimal("105")), Optional.of(rate),
                Optional.of(new QuestionTooCertainException(rate))));

        mvc.perform(preview("/votes/preview").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.base_rate").value(0))
                .andExpect(jsonPath("$.reason").value("A question like this came true in 0 of the last 364 windows:"
                        + " its answer is almost certain. Change the range or the horizon."));
        mvc.perform(preview("/votes/preview").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(jsonPath("$.reason").value("이런 질문은 지난 364번의 기간 중 0번 실현되어 답이 거의"
                        + " 정해져 있습니다. 범위나 기간을 바꿔 주세요."));
    }

    @Test
    void a_preview_needs_a_token() throws Exception {
        mvc.perform(preview("/votes/preview")).andExpect(status().isUnauthorized());
        verifyNoInteractions(previewVote);
    }

    @Test
    void an_unknown_duration_is_a_400_naming_it() throws Exception {
        mvc.perform(get("/votes/preview").param("coin_code", "btc").param("duration", "year").param("range", "5")
                        .param("comment", "up").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.duration").exists());
        verifyNoInteractions(previewVote);
    }
}
