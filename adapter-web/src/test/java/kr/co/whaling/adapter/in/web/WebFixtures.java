package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.domain.testdata.AnswerBuilder.anAnswer;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static kr.co.whaling.domain.testdata.VoteBuilder.aVote;

import java.util.Optional;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.Vote;

/** Questions as the use cases hand them to the web adapter, with the JSON each must become. */
final class WebFixtures {

    static final long MEMBER = 42;

    private WebFixtures() {
    }

    /** BTC up 5% within a week, created 2024-03-04 09:00 Seoul at 100,000,000 KRW; 3 yes (1 whale), 1 no. */
    static VoteView ongoingBtcVote(Optional<kr.co.whaling.domain.vote.Answer> viewerAnswer) {
        Vote vote = aVote().withId(7).about("BTC").up(5).withHorizon(Horizon.WEEK).createdPrice("100000000")
                .createdAt(seoul("2024-03-04T09:00")).withTally(new Tally(3, 1, 1, 0)).build();
        return new VoteView(vote, new CoinSummary(new CoinCode("BTC"), "비트코인", "https://img.example/BTC.png"),
                new Nickname("고래왕"), seoul("2024-03-04T10:30"), viewerAnswer);
    }

    /** The JSON of {@link #ongoingBtcVote}; {@code user} is spliced in as given (JSON text). */
    static String ongoingBtcVoteJson(String user) {
        return """
                {"vote_id": 7,
                 "coin": {"code": "BTC", "krname": "비트코인", "image": "https://img.example/BTC.png"},
                 "is_admin_vote": false, "uploader": "고래왕", "state": "ongoing",
                 "created_at": "2024-03-04T09:00:00+09:00", "updated_at": "2024-03-04T10:30:00+09:00",
                 "finished_at": "2024-03-07T09:00:00+09:00", "tracked_at": "2024-03-11T09:00:00+09:00",
                 "created_price": 100000000, "finished_price": null, "target_price": 105000000,
                 "spent_point": 10, "earned_point": 20, "is_answer": null, "whale_is_answer": null,
                 "duration": "week", "range": 5, "comment": "up",
                 "total_participants": 4, "pos_participants": 3, "neg_participants": 1,
                 "pos_whales": 1, "neg_whales": 0,
                 "user": %s,
                 "base_rate": null, "base_rate_windows": null, "settlement_candle_at": null}
                """.formatted(user);
    }

    /**
     * ETH down 10% within a day from 5,000,000 KRW, settled at 4,400,000 (target 4,500,000 reached:
     * YES); crowd 5 yes / 2 no and whales 2 / 1 were right; the viewer answered NO and was wrong. Its
     * base rate: YES in 91 of 364 past windows (0.25); settled by the candle starting at its settlement time.
     */
    static VoteView settledEthVote() {
        Vote vote = aVote().withId(8).about("ETH").down(10).withHorizon(Horizon.DAY).createdPrice("5000000")
                .createdAt(seoul("2024-03-04T09:00")).withTally(new Tally(5, 2, 2, 1)).withBaseRate(91, 364)
                .settled("4400000", seoul("2024-03-05T09:01")).build();
        var answer = anAnswer().on(new VoteId(8)).by(new MemberId(MEMBER)).no()
                .answeredAt(seoul("2024-03-04T11:15:30")).withResult(AnswerResult.WRONG).build();
        return new VoteView(vote, new CoinSummary(new CoinCode("ETH"), "이더리움", null),
                new Nickname("whale_1"), seoul("2024-03-05T09:01"), Optional.of(answer));
    }

    static final String SETTLED_ETH_VOTE_JSON = """
            {"vote_id": 8,
             "coin": {"code": "ETH", "krname": "이더리움", "image": null},
             "is_admin_vote": false, "uploader": "whale_1", "state": "tracked",
             "created_at": "2024-03-04T09:00:00+09:00", "updated_at": "2024-03-05T09:01:00+09:00",
             "finished_at": "2024-03-04T17:00:00+09:00", "tracked_at": "2024-03-05T09:00:00+09:00",
             "created_price": 5000000, "finished_price": 4400000, "target_price": 4500000,
             "spent_point": 10, "earned_point": 20, "is_answer": true, "whale_is_answer": true,
             "duration": "day", "range": 10, "comment": "down",
             "total_participants": 7, "pos_participants": 5, "neg_participants": 2,
             "pos_whales": 2, "neg_whales": 1,
             "user": {"choice": 2, "is_answer": false, "participated_at": "2024-03-04T11:15:30+09:00"},
             "base_rate": 0.25, "base_rate_windows": 364, "settlement_candle_at": "2024-03-05T09:00:00+09:00"}
            """;
}
