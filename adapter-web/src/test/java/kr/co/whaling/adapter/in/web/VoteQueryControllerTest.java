package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.adapter.in.web.WebFixtures.MEMBER;
import static kr.co.whaling.adapter.in.web.WebFixtures.SETTLED_ETH_VOTE_JSON;
import static kr.co.whaling.adapter.in.web.WebFixtures.ongoingBtcVote;
import static kr.co.whaling.adapter.in.web.WebFixtures.ongoingBtcVoteJson;
import static kr.co.whaling.adapter.in.web.WebFixtures.settledEthVote;
import static kr.co.whaling.domain.testdata.AnswerBuilder.anAnswer;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import kr.co.whaling.adapter.in.web.security.JwtProperties;
import kr.co.whaling.adapter.in.web.security.TestTokens;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteListing;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.application.vote.port.in.GetVoteQuery;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.json.JsonCompareMode;

class VoteQueryControllerTest extends WebSliceTest {

    @Autowired
    JwtProperties jwtProperties;

    private Page<VoteView> onePage(VoteView view, int page, int size, long total) {
        return new Page<>(List.of(view), new PageRequest(page, size), total);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/votes", "/votes/"})
    void anonymous_listing_shows_exact_vote_json_with_null_user(String path) throws Exception {
        given(listVotes.listVotes(any())).willReturn(onePage(ongoingBtcVote(Optional.empty()), 0, 20, 1));

        mvc.perform(get(path).param("page", "0").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(header().doesNotExist(HttpHeaders.LINK))
                .andExpect(content().json("[" + ongoingBtcVoteJson("null") + "]", JsonCompareMode.STRICT));

        verify(listVotes).listVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.empty(),
                new PageRequest(0, 20), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/votes", "/votes/"})
    void without_page_and_size_the_listing_is_every_open_question_newest_first_up_to_500(String path)
            throws Exception {
        given(listVotes.listVotes(any())).willReturn(new Page<>(List.of(ongoingBtcVote(Optional.empty())),
                PageRequest.firstItems(500), 1));

        // The frontend's own call: no query at all.
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(header().doesNotExist(HttpHeaders.LINK))
                .andExpect(content().json("[" + ongoingBtcVoteJson("null") + "]", JsonCompareMode.STRICT));

        verify(listVotes).listVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.empty(),
                PageRequest.firstItems(500), Optional.empty()));
    }

    @Test
    void a_listing_fetched_whole_beyond_its_limit_links_the_page_right_after_it() throws Exception {
        given(listVotes.listVotes(any())).willReturn(new Page<>(List.of(ongoingBtcVote(Optional.empty())),
                PageRequest.firstItems(500), 731));

        mvc.perform(get("/votes?coin=BTC"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "731"))
                .andExpect(header().string(HttpHeaders.LINK,
                        "<http://localhost/votes?coin=BTC&page=5&size=100>; rel=\"next\""));

        verify(listVotes).listVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.of("BTC"),
                PageRequest.firstItems(500), Optional.empty()));
    }

    @Test
    void page_alone_pages_by_20_and_size_alone_is_the_first_page() throws Exception {
        given(listVotes.listVotes(any())).willReturn(onePage(ongoingBtcVote(Optional.empty()), 0, 20, 1));

        mvc.perform(get("/votes").param("page", "3")).andExpect(status().isOk());
        mvc.perform(get("/votes").param("size", "7")).andExpect(status().isOk());

        verify(listVotes).listVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.empty(),
                new PageRequest(3, 20), Optional.empty()));
        verify(listVotes).listVotes(new VoteListing(Optional.empty(), VoteSort.RECENT, Optional.empty(),
                new PageRequest(0, 7), Optional.empty()));
    }

    @Test
    void listing_passes_every_filter_and_the_member_from_the_token() throws Exception {
        given(listVotes.listVotes(any())).willReturn(onePage(ongoingBtcVote(Optional.empty()), 2, 5, 11));

        mvc.perform(get("/votes").param("state", "finished").param("sort", "popular").param("coin", "비트")
                        .param("page", "2").param("size", "5").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].user.choice").isEmpty())
                .andExpect(jsonPath("$[0].user.is_answer").isEmpty())
                .andExpect(jsonPath("$[0].user.participated_at").isEmpty());

        verify(listVotes).listVotes(new VoteListing(Optional.of(VoteStateFilter.FINISHED), VoteSort.POPULAR,
                Optional.of("비트"), new PageRequest(2, 5), Optional.of(new MemberId(MEMBER))));
    }

    @Test
    void listing_shows_the_callers_own_answer() throws Exception {
        var answer = anAnswer().on(new VoteId(7)).by(new MemberId(MEMBER)).yes()
                .answeredAt(seoul("2024-03-04T12:00")).build();
        given(listVotes.listVotes(any())).willReturn(onePage(ongoingBtcVote(Optional.of(answer)), 0, 20, 1));

        mvc.perform(get("/votes").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().json("[" + ongoingBtcVoteJson(
                        "{\"choice\": 1, \"is_answer\": null, \"participated_at\": \"2024-03-04T12:00:00+09:00\"}")
                        + "]", JsonCompareMode.STRICT));
    }

    @Test
    void pagination_headers_link_next_and_prev_with_the_same_query() throws Exception {
        given(listVotes.listVotes(any())).willReturn(onePage(ongoingBtcVote(Optional.empty()), 1, 2, 5));

        mvc.perform(get("/votes?state=ongoing&coin=BTC&page=1&size=2"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(header().string(HttpHeaders.LINK,
                        "<http://localhost/votes?state=ongoing&coin=BTC&page=2&size=2>; rel=\"next\", "
                                + "<http://localhost/votes?state=ongoing&coin=BTC&page=0&size=2>; rel=\"prev\""));
    }

    @Test
    void past_the_last_page_prev_points_to_the_last_page_with_items() throws Exception {
        given(listVotes.listVotes(any())).willReturn(new Page<>(List.of(), new PageRequest(9, 2), 5));

        mvc.perform(get("/votes/?page=9&size=2"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]", JsonCompareMode.STRICT))
                .andExpect(header().string(HttpHeaders.LINK, "<http://localhost/votes/?page=2&size=2>; rel=\"prev\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "forged", "garbage", "refresh"})
    void an_invalid_token_on_a_public_listing_is_ignored_and_the_caller_is_anonymous(String kind) throws Exception {
        TestTokens testTokens = new TestTokens(jwtProperties);
        String token = switch (kind) {
            case "expired" -> testTokens.expiredAccessToken(MEMBER);
            case "forged" -> testTokens.withBrokenSignature(testTokens.validAccessToken(MEMBER));
            case "refresh" -> testTokens.validRefreshToken(MEMBER);
            default -> "not a token at all";
        };
        given(listVotes.listVotes(any())).willReturn(onePage(ongoingBtcVote(Optional.empty()), 0, 20, 1));

        mvc.perform(get("/votes").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].user").value(org.hamcrest.Matchers.nullValue()));

        ArgumentCaptor<VoteListing> query = ArgumentCaptor.forClass(VoteListing.class);
        verify(listVotes).listVotes(query.capture());
        assertThat(query.getValue().viewer()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/votes/8", "/votes/8/"})
    void one_settled_vote_as_exact_json(String path) throws Exception {
        given(getVote.getVote(any())).willReturn(settledEthVote());

        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().json(SETTLED_ETH_VOTE_JSON, JsonCompareMode.STRICT));

        verify(getVote).getVote(new GetVoteQuery(new VoteId(8), Optional.of(new MemberId(MEMBER))));
    }

    @Test
    void one_vote_for_an_anonymous_caller_has_null_user() throws Exception {
        given(getVote.getVote(any())).willReturn(ongoingBtcVote(Optional.empty()));

        mvc.perform(get("/votes/7"))
                .andExpect(status().isOk())
                .andExpect(content().json(ongoingBtcVoteJson("null"), JsonCompareMode.STRICT));

        verify(getVote).getVote(new GetVoteQuery(new VoteId(7), Optional.empty()));
    }

    @Test
    void unknown_vote_is_404_problem_in_korean_by_default() throws Exception {
        given(getVote.getVote(any())).willThrow(new NotFoundException("vote", new VoteId(99)));

        mvc.perform(get("/votes/99"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(content().json("""
                        {"status": 404, "title": "찾을 수 없음",
                         "detail": "투표를 찾을 수 없습니다: 99", "instance": "/votes/99"}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void unknown_vote_is_404_problem_in_english_on_request() throws Exception {
        given(getVote.getVote(any())).willThrow(new NotFoundException("vote", new VoteId(99)));

        mvc.perform(get("/votes/99").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("Vote not found: 99"));
    }

    @Test
    void an_untranslated_language_gets_korean() throws Exception {
        given(getVote.getVote(any())).willThrow(new NotFoundException("vote", new VoteId(99)));

        mvc.perform(get("/votes/99").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("투표를 찾을 수 없습니다: 99"));
    }

    @Test
    void a_non_numeric_id_is_400_naming_the_id() throws Exception {
        mvc.perform(get("/votes/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.id").value("올바르지 않은 값입니다: abc"));
        verifyNoInteractions(getVote);
    }

    @Test
    void a_zero_id_is_400() throws Exception {
        mvc.perform(get("/votes/0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").value("0보다 커야 합니다."));
        verifyNoInteractions(getVote);
    }

    @Test
    void an_unknown_state_is_400_listing_the_allowed_values() throws Exception {
        mvc.perform(get("/votes").param("state", "bogus").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request has invalid values."))
                .andExpect(jsonPath("$.errors.state").value("Value not allowed: bogus (allowed: ongoing, finished)"));
        verifyNoInteractions(listVotes);
    }

    @Test
    void an_unknown_sort_is_400() throws Exception {
        mvc.perform(get("/votes").param("sort", "oldest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort").value("허용되지 않는 값입니다: oldest (가능한 값: recent, popular)"));
    }

    @Test
    void a_page_size_over_100_is_400() throws Exception {
        mvc.perform(get("/votes").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").value("100 이하여야 합니다."));
        verifyNoInteractions(listVotes);
    }

    @Test
    void a_negative_page_or_a_zero_size_is_400() throws Exception {
        mvc.perform(get("/votes").param("page", "-1").param("size", "0").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").value("Must be at least 0."))
                .andExpect(jsonPath("$.errors.size").value("Must be at least 1."));
    }

    @Test
    void a_size_of_100_is_allowed() throws Exception {
        given(listVotes.listVotes(any())).willReturn(new Page<>(List.of(), new PageRequest(0, 100), 0));

        mvc.perform(get("/votes").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"));
    }
}
