package kr.co.whaling.adapter.in.web;

import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.whaling.application.coin.port.in.ListCoinsQuery;
import kr.co.whaling.application.stats.model.CalibrationStats;
import kr.co.whaling.application.stats.model.LeaderboardEntry;
import kr.co.whaling.application.stats.model.LeaderboardOrder;
import kr.co.whaling.application.stats.port.in.GetLeaderboardQuery;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.accuracy.AccuracyStats;
import kr.co.whaling.domain.accuracy.Calibration;
import kr.co.whaling.domain.accuracy.CalibrationBucket;
import kr.co.whaling.domain.accuracy.ServiceAccuracy;
import kr.co.whaling.domain.accuracy.Skill;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.json.JsonCompareMode;

class CoinAndStatsControllerTest extends WebSliceTest {

    private static final AccuracyStats STATS = new AccuracyStats(
            new AccuracyStats.Breakdown(new ServiceAccuracy(52, 82), new ServiceAccuracy(9, 12)),
            Map.of(new CoinCode("ETH"), new AccuracyStats.Breakdown(new ServiceAccuracy(2, 3), ServiceAccuracy.NONE),
                    new CoinCode("BTC"), new AccuracyStats.Breakdown(new ServiceAccuracy(50, 79),
                            new ServiceAccuracy(9, 12))),
            Map.of(Horizon.WEEK, new AccuracyStats.Breakdown(new ServiceAccuracy(2, 2), ServiceAccuracy.NONE),
                    Horizon.DAY, new AccuracyStats.Breakdown(new ServiceAccuracy(50, 80), new ServiceAccuracy(9, 12))));

    @ParameterizedTest
    @ValueSource(strings = {"/coins", "/coins/"})
    void coins_with_plain_decimal_prices_and_seoul_times(String path) throws Exception {
        Coin btc = Coin.restore(new CoinCode("BTC"), "비트코인", "Bitcoin", "https://img.example/BTC.png", false, true,
                new PriceQuote(new CoinCode("BTC"), Prices.krw("95000000"), seoul("2024-03-04T09:00:05")));
        Coin shib = Coin.restore(new CoinCode("SHIB"), "시바이누", "Shiba Inu", null, false, true,
                new PriceQuote(new CoinCode("SHIB"), Prices.krw("0.00000123"), seoul("2024-03-04T09:00")));
        Coin fresh = Coin.restore(new CoinCode("NEW"), "신규", "New", null, false, true, null);
        given(listCoins.listCoins(any())).willReturn(List.of(btc, shib, fresh));

        String body = mvc.perform(get(path).param("coin", "비트"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        [{"code": "BTC", "krname": "비트코인", "image": "https://img.example/BTC.png",
                          "price": 95000000, "price_at": "2024-03-04T09:00:05+09:00"},
                         {"code": "SHIB", "krname": "시바이누", "image": null,
                          "price": 0.00000123, "price_at": "2024-03-04T09:00:00+09:00"},
                         {"code": "NEW", "krname": "신규", "image": null, "price": null, "price_at": null}]
                        """, JsonCompareMode.STRICT))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"price\":0.00000123").contains("\"price\":95000000");
        verify(listCoins).listCoins(new ListCoinsQuery(Optional.of("비트")));
    }

    @Test
    void coins_without_a_filter() throws Exception {
        given(listCoins.listCoins(any())).willReturn(List.of());

        mvc.perform(get("/coins")).andExpect(status().isOk()).andExpect(content().json("[]"));

        verify(listCoins).listCoins(new ListCoinsQuery(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/acc-percent", "/acc-percent/"})
    void acc_percent_is_a_string_with_one_decimal(String path) throws Exception {
        given(getAccuracyStats.getAccuracyStats()).willReturn(STATS);

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"acc_percent\": \"63.4\"}", JsonCompareMode.STRICT));
    }

    @Test
    void acc_percent_without_settled_questions_is_zero() throws Exception {
        given(getAccuracyStats.getAccuracyStats())
                .willReturn(new AccuracyStats(AccuracyStats.Breakdown.NONE, Map.of(), Map.of()));

        mvc.perform(get("/acc-percent"))
                .andExpect(content().json("{\"acc_percent\": \"0.0\"}", JsonCompareMode.STRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stats/accuracy", "/stats/accuracy/"})
    void accuracy_stats_overall_per_coin_and_per_horizon(String path) throws Exception {
        given(getAccuracyStats.getAccuracyStats()).willReturn(STATS);

        String body = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"overall": {"crowd": {"acc_percent": 63.4, "right": 52, "total": 82},
                                     "whale": {"acc_percent": 75.0, "right": 9, "total": 12}},
                         "by_coin": {"BTC": {"crowd": {"acc_percent": 63.3, "right": 50, "total": 79},
                                             "whale": {"acc_percent": 75.0, "right": 9, "total": 12}},
                                     "ETH": {"crowd": {"acc_percent": 66.7, "right": 2, "total": 3},
                                             "whale": {"acc_percent": 0.0, "right": 0, "total": 0}}},
                         "by_horizon": {"day": {"crowd": {"acc_percent": 62.5, "right": 50, "total": 80},
                                                "whale": {"acc_percent": 75.0, "right": 9, "total": 12}},
                                        "week": {"crowd": {"acc_percent": 100.0, "right": 2, "total": 2},
                                                 "whale": {"acc_percent": 0.0, "right": 0, "total": 0}}}}
                        """, JsonCompareMode.STRICT))
                .andReturn().getResponse().getContentAsString();

        // Stable key order: coins alphabetically, horizons from short to long.
        assertThat(body.indexOf("\"BTC\"")).isLessThan(body.indexOf("\"ETH\""));
        assertThat(body.indexOf("\"day\"")).isLessThan(body.indexOf("\"week\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/leaderboard", "/leaderboard/"})
    void the_leaderboard(String path) throws Exception {
        given(getLeaderboard.getLeaderboard(any())).willReturn(List.of(
                new LeaderboardEntry(1, new Nickname("고래왕"), new Accuracy(9, 1), Skill.NONE, true),
                new LeaderboardEntry(2, new Nickname("newbie"), new Accuracy(5, 0), Skill.NONE, true),
                new LeaderboardEntry(3, new Nickname("crab"), new Accuracy(3, 3), Skill.NONE, false)));

        mvc.perform(get(path).param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        [{"rank": 1, "nickname": "고래왕", "acc_percent": 90.0, "right_count": 9, "wrong_count": 1,
                          "is_whale": true},
                         {"rank": 2, "nickname": "newbie", "acc_percent": 100.0, "right_count": 5, "wrong_count": 0,
                          "is_whale": true},
                         {"rank": 3, "nickname": "crab", "acc_percent": 50.0, "right_count": 3, "wrong_count": 3,
                          "is_whale": false}]
                        """, JsonCompareMode.STRICT));

        verify(getLeaderboard).getLeaderboard(new GetLeaderboardQuery(3, LeaderboardOrder.HIT_RATE));
    }

    @Test
    void the_leaderboard_by_skill_carries_each_line_s_skill_and_answers_with_a_base_rate() throws Exception {
        // (3 - 1.5) / 5 = +30.0 points; (5 - 5.4) / 6 = -6.67, shown -6.7.
        given(getLeaderboard.getLeaderboard(any())).willReturn(List.of(
                new LeaderboardEntry(1, new Nickname("sharp"), new Accuracy(3, 2), new Skill(5, 3, 1.5), false),
                new LeaderboardEntry(2, new Nickname("easy"), new Accuracy(5, 1), new Skill(6, 5, 5.4), true)));

        mvc.perform(get("/leaderboard").param("order", "skill").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        [{"rank": 1, "nickname": "sharp", "acc_percent": 60.0, "right_count": 3, "wrong_count": 2,
                          "is_whale": false, "skill": 30.0, "answers_with_base_rate": 5},
                         {"rank": 2, "nickname": "easy", "acc_percent": 83.3, "right_count": 5, "wrong_count": 1,
                          "is_whale": true, "skill": -6.7, "answers_with_base_rate": 6}]
                        """, JsonCompareMode.STRICT));

        verify(getLeaderboard).getLeaderboard(new GetLeaderboardQuery(2, LeaderboardOrder.SKILL));
    }

    @Test
    void an_unknown_leaderboard_order_is_400() throws Exception {
        mvc.perform(get("/leaderboard").param("order", "luck"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.order").exists());
        verifyNoInteractions(getLeaderboard);
    }

    @Test
    void calibration_is_served_with_every_tenth_and_both_brier_scores() throws Exception {
        // BTC day: tenth 7 with 2 questions (1 YES), crowd errors 0.625, base rate errors 0.5625 over 1.
        CalibrationBucket btcDay = new CalibrationBucket(7, 2, 1, 0.625, 1, 0.5625);
        Calibration calibration = Calibration.of(List.of(btcDay));
        given(getCalibration.getCalibration()).willReturn(new CalibrationStats(calibration,
                Map.of(new CoinCode("BTC"), calibration), Map.of(Horizon.DAY, calibration)));

        String empty = """
                {"from": %s, "to": %s, "questions": 0, "yes_share": null}""";
        StringBuilder buckets = new StringBuilder();
        for (int tenth = 0; tenth < 10; tenth++) {
            buckets.append(tenth == 0 ? "" : ",").append(tenth == 7
                    ? "{\"from\": 0.7, \"to\": 0.8, \"questions\": 2, \"yes_share\": 0.5}"
                    : empty.formatted("0." + tenth, tenth == 9 ? "1.0" : "0." + (tenth + 1)));
        }
        // Brier: 0.625 / 2 = 0.3125 for the crowd, 0.5625 / 1 for the base rate.
        String figures = """
                {"buckets": [%s], "crowd_brier": 0.3125, "base_rate_brier": 0.5625, "questions": 2}"""
                .formatted(buckets);

        mvc.perform(get("/stats/calibration").header("Authorization", bearer(7)))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"overall\": %s, \"by_coin\": {\"BTC\": %s}, \"by_horizon\": {\"day\": %s}}"
                        .formatted(figures, figures, figures), JsonCompareMode.STRICT));
    }

    @Test
    void the_leaderboard_has_20_lines_by_default() throws Exception {
        given(getLeaderboard.getLeaderboard(any())).willReturn(List.of());

        mvc.perform(get("/leaderboard")).andExpect(status().isOk());

        verify(getLeaderboard).getLeaderboard(new GetLeaderboardQuery(20, LeaderboardOrder.HIT_RATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "many"})
    void a_leaderboard_size_outside_1_to_100_is_400(String size) throws Exception {
        mvc.perform(get("/leaderboard").param("size", size))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.size").exists());
        verifyNoInteractions(getLeaderboard);
    }
}
