package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.adapter.in.web.WebFixtures.MEMBER;
import static kr.co.whaling.adapter.in.web.WebFixtures.SETTLED_ETH_VOTE_JSON;
import static kr.co.whaling.adapter.in.web.WebFixtures.settledEthVote;
import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.application.member.port.in.ChangeNicknameCommand;
import kr.co.whaling.application.member.port.in.CheckNicknameQuery;
import kr.co.whaling.application.member.port.in.GetPointHistoryQuery;
import kr.co.whaling.application.shared.Page;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.MyVotes;
import kr.co.whaling.application.vote.model.VoteCounts;
import kr.co.whaling.application.vote.model.VoteStateFilter;
import kr.co.whaling.application.vote.port.in.ListMyVotesQuery;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

class MemberControllerTest extends WebSliceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/user", "/user/"})
    void the_profile_of_the_member_of_the_token(String path) throws Exception {
        var member = aMember().withId(MEMBER).withNickname("고래왕").withPoints(1230).withAccuracy(7, 3)
                .withProfileImage("https://k.kakaocdn.net/me.jpg", false).build();
        given(getProfile.getProfile(new MemberId(MEMBER))).willReturn(new MemberProfile(member, true));

        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"nickname": "고래왕", "acc_percent": 70.0, "point": 1230,
                         "profile_img": "https://k.kakaocdn.net/me.jpg", "is_default_profile": false,
                         "is_whale": true, "right_count": 7, "wrong_count": 3}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void a_member_without_a_kakao_image_has_the_default_profile() throws Exception {
        var member = aMember().withId(MEMBER).withNickname("anon").withoutProfileImage().build();
        given(getProfile.getProfile(new MemberId(MEMBER))).willReturn(new MemberProfile(member, false));

        mvc.perform(get("/user").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile_img").isEmpty())
                .andExpect(jsonPath("$.is_default_profile").value(true))
                .andExpect(jsonPath("$.acc_percent").value(0.0));
    }

    @Test
    void the_profile_needs_a_token() throws Exception {
        mvc.perform(get("/user"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(PROBLEM_JSON));
        verifyNoInteractions(getProfile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/nickname/check", "/user/nickname/check/"})
    void a_free_nickname_checks_out(String path) throws Exception {
        given(checkNickname.checkNickname(any())).willReturn(new Nickname("새고래"));

        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"nickname\": \" 새고래 \"}")
                        .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"nickname\": \"새고래\"}", JsonCompareMode.STRICT));

        verify(checkNickname).checkNickname(new CheckNicknameQuery(new MemberId(MEMBER), " 새고래 "));
    }

    @Test
    void a_taken_nickname_is_409_on_nickname() throws Exception {
        given(checkNickname.checkNickname(any())).willThrow(new NicknameTakenException(new Nickname("whale")));

        mvc.perform(post("/user/nickname/check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nickname\": \"Whale\"}").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isConflict())
                .andExpect(content().json("""
                        {"status": 409, "title": "충돌", "detail": "이미 사용 중인 닉네임입니다: whale",
                         "instance": "/user/nickname/check",
                         "errors": {"nickname": "이미 사용 중인 닉네임입니다: whale"}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void an_invalid_nickname_is_400_with_the_domain_message() throws Exception {
        given(changeNickname.changeNickname(any())).willAnswer(invocation ->
                new Nickname(invocation.<ChangeNicknameCommand>getArgument(0).nickname()));

        mvc.perform(patch("/user/nickname").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nickname\": \"a b!\"}").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nickname").value("닉네임에는 글자, 숫자, 밑줄(_)만 쓸 수 있습니다."));
    }

    @Test
    void a_too_long_nickname_is_400_in_english() throws Exception {
        given(changeNickname.changeNickname(any())).willAnswer(invocation ->
                new Nickname(invocation.<ChangeNicknameCommand>getArgument(0).nickname()));

        mvc.perform(patch("/user/nickname").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nickname\": \"" + "x".repeat(21) + "\"}")
                        .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nickname").value("A nickname has at most 20 characters."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/nickname", "/user/nickname/"})
    void the_nickname_changes_for_the_member_of_the_token(String path) throws Exception {
        given(changeNickname.changeNickname(any())).willReturn(new Nickname("whale_2"));

        mvc.perform(patch(path).contentType(MediaType.APPLICATION_JSON).content("{\"nickname\": \"whale_2\"}")
                        .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"nickname\": \"whale_2\"}", JsonCompareMode.STRICT));

        verify(changeNickname).changeNickname(new ChangeNicknameCommand(new MemberId(MEMBER), "whale_2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/created-votes", "/user/created-votes/"})
    void created_votes_with_counts_and_paging_headers(String path) throws Exception {
        var page = new Page<>(List.of(settledEthVote()), new PageRequest(0, 1), 3);
        given(listCreated.listCreatedVotes(any())).willReturn(new MyVotes(new VoteCounts(2, 3), page));

        mvc.perform(get(path + "?state=finished&size=1").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(header().string(HttpHeaders.LINK,
                        "<http://localhost" + path + "?state=finished&page=1&size=1>; rel=\"next\""))
                .andExpect(content().json("{\"ongoing_count\": 2, \"finished_count\": 3, \"votes\": ["
                        + SETTLED_ETH_VOTE_JSON + "]}", JsonCompareMode.STRICT));

        verify(listCreated).listCreatedVotes(new ListMyVotesQuery(new MemberId(MEMBER),
                Optional.of(VoteStateFilter.FINISHED), new PageRequest(0, 1)));
    }

    @Test
    void participated_votes_for_the_member_of_the_token() throws Exception {
        var page = new Page<>(List.of(settledEthVote()), new PageRequest(1, 20), 21);
        given(listParticipated.listParticipatedVotes(any())).willReturn(new MyVotes(new VoteCounts(0, 21), page));

        mvc.perform(get("/user/participated-votes/?state=ongoing&page=1")
                        .header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ongoing_count").value(0))
                .andExpect(jsonPath("$.finished_count").value(21))
                .andExpect(jsonPath("$.votes[0].user.choice").value(2))
                .andExpect(header().string(HttpHeaders.LINK,
                        "<http://localhost/user/participated-votes/?state=ongoing&page=0&size=20>; rel=\"prev\""));

        verify(listParticipated).listParticipatedVotes(new ListMyVotesQuery(new MemberId(MEMBER),
                Optional.of(VoteStateFilter.ONGOING), new PageRequest(1, 20)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/created-votes", "/user/created-votes/", "/user/participated-votes",
            "/user/participated-votes/"})
    void my_listings_without_a_state_list_every_state_newest_first_with_every_count(String path) throws Exception {
        var page = new Page<>(List.of(settledEthVote()), new PageRequest(0, 20), 1);
        given(listCreated.listCreatedVotes(any())).willReturn(new MyVotes(new VoteCounts(4, 1), page));
        given(listParticipated.listParticipatedVotes(any())).willReturn(new MyVotes(new VoteCounts(4, 1), page));

        // The frontend's own call: no query at all.
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(header().doesNotExist(HttpHeaders.LINK))
                .andExpect(content().json("{\"ongoing_count\": 4, \"finished_count\": 1, \"votes\": ["
                        + SETTLED_ETH_VOTE_JSON + "]}", JsonCompareMode.STRICT));

        ListMyVotesQuery everyState = new ListMyVotesQuery(new MemberId(MEMBER), Optional.empty(),
                new PageRequest(0, 20));
        if (path.contains("created")) {
            verify(listCreated).listCreatedVotes(everyState);
            verifyNoInteractions(listParticipated);
        } else {
            verify(listParticipated).listParticipatedVotes(everyState);
            verifyNoInteractions(listCreated);
        }
    }

    @Test
    void my_listings_refuse_an_unknown_state() throws Exception {
        mvc.perform(get("/user/created-votes?state=tracked").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.state").exists());
        verifyNoInteractions(listCreated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/points", "/user/points/"})
    void the_point_ledger_newest_first_with_paging_headers(String path) throws Exception {
        MemberId me = new MemberId(MEMBER);
        var entries = List.of(
                new PointLedgerEntry(me, 20, PointReason.REWARD, new VoteId(8), 290, seoul("2024-03-05T09:01")),
                new PointLedgerEntry(me, -10, PointReason.ANSWER_FEE, new VoteId(8), 270, seoul("2024-03-04T11:15")),
                new PointLedgerEntry(me, 300, PointReason.SIGNUP_GRANT, null, 300, seoul("2024-03-01T08:00")));
        given(getPointHistory.getPointHistory(any())).willReturn(new Page<>(entries, new PageRequest(0, 3), 4));

        mvc.perform(get(path + "?size=3").header(HttpHeaders.AUTHORIZATION, bearer(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(header().string(HttpHeaders.LINK, "<http://localhost" + path + "?page=1&size=3>; rel=\"next\""))
                .andExpect(content().json("""
                        [{"amount": 20, "reason": "reward", "vote_id": 8, "balance_after": 290,
                          "created_at": "2024-03-05T09:01:00+09:00"},
                         {"amount": -10, "reason": "answer_fee", "vote_id": 8, "balance_after": 270,
                          "created_at": "2024-03-04T11:15:00+09:00"},
                         {"amount": 300, "reason": "signup_grant", "vote_id": null, "balance_after": 300,
                          "created_at": "2024-03-01T08:00:00+09:00"}]
                        """, JsonCompareMode.STRICT));

        verify(getPointHistory).getPointHistory(new GetPointHistoryQuery(me, new PageRequest(0, 3)));
    }
}
