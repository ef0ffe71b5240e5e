package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.adapter.in.web.WebFixtures.MEMBER;
import static kr.co.whaling.domain.testdata.AnswerBuilder.anAnswer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.co.whaling.application.vote.port.in.CastChoiceCommand;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.VoteClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.ResultActions;

class CastChoiceControllerTest extends WebSliceTest {

    private ResultActions answer(String path, String body, String language) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request);
    }

    @ParameterizedTest
    @CsvSource({"/votes/7/choice, 1, YES", "/votes/7/choice/, 2, NO"})
    void records_the_choice_of_the_member_of_the_token(String path, int code, Choice choice) throws Exception {
        given(castChoice.castChoice(any())).willReturn(anAnswer().on(new VoteId(7)).by(new MemberId(MEMBER))
                .choosing(choice).build());

        answer(path, "{\"choice\": " + code + "}", null)
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"vote_id\": 7, \"choice\": " + code + "}", JsonCompareMode.STRICT));

        verify(castChoice).castChoice(new CastChoiceCommand(new MemberId(MEMBER), new VoteId(7), choice));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"choice\": 3}", "{\"choice\": 0}", "{}"})
    void a_choice_other_than_1_or_2_is_400_on_choice(String body) throws Exception {
        answer("/votes/7/choice", body, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.choice").exists());
        verifyNoInteractions(castChoice);
    }

    @Test
    void a_textual_choice_is_400_on_choice() throws Exception {
        answer("/votes/7/choice", "{\"choice\": \"yes\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.choice").value("Invalid value: yes"));
    }

    @Test
    void answering_twice_is_409() throws Exception {
        given(castChoice.castChoice(any())).willThrow(new AlreadyAnsweredException(new VoteId(7)));

        answer("/votes/7/choice", "{\"choice\": 1}", null)
                .andExpect(status().isConflict())
                .andExpect(content().json("""
                        {"status": 409, "title": "충돌", "detail": "이미 참여한 투표입니다: 7",
                         "instance": "/votes/7/choice"}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void answering_a_closed_vote_is_400() throws Exception {
        given(castChoice.castChoice(any())).willThrow(new VoteClosedException(new VoteId(7)));

        answer("/votes/7/choice", "{\"choice\": 2}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Answering is closed for vote 7."));
    }

    @Test
    void too_few_points_is_400_on_points() throws Exception {
        given(castChoice.castChoice(any())).willThrow(new NotEnoughPointsException(Points.of(10), Points.of(3)));

        answer("/votes/7/choice", "{\"choice\": 2}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.points").value("Not enough points: 10 needed, 3 available."));
    }

    @Test
    void an_unknown_vote_is_404() throws Exception {
        given(castChoice.castChoice(any())).willThrow(new NotFoundException("vote", new VoteId(70)));

        answer("/votes/70/choice", "{\"choice\": 1}", null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("투표를 찾을 수 없습니다: 70"));
    }

    @Test
    void without_a_token_it_is_401() throws Exception {
        mvc.perform(post("/votes/7/choice").contentType(MediaType.APPLICATION_JSON).content("{\"choice\": 1}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(castChoice);
    }
}
