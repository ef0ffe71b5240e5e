package kr.co.whaling.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kr.co.whaling.domain.accuracy.LeaderboardPolicy;
import kr.co.whaling.domain.accuracy.WhalePolicy;
import kr.co.whaling.domain.baserate.BaseRatePolicy;
import kr.co.whaling.domain.baserate.GuardrailPolicy;
import kr.co.whaling.domain.baserate.BaseRate;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PricePolicy;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.SignupPolicy;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.RangePolicy;
import kr.co.whaling.domain.terms.SchedulePolicy;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.SettlementPolicy;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.VotePricingPolicy;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds test data through the adapters and the domain's own doors (register, create, answer,
 * settle), so the ledger stays consistent; plain SQL only for what no port writes (staff, counters).
 */
@TestComponent
class TestFixtures {

    /** The instant the test world's questions are created at: long enough ago for any of them to be due. */
    static final Instant CREATED_AT = Instant.parse("2024-03-04T05:06:00Z");
    static final GameRules RULES = GameRules.standard();

    private static final AtomicLong KAKAO_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final MemberPersistenceAdapter members;
    private final CoinPersistenceAdapter coins;
    private final VotePersistenceAdapter votes;
    private final AnswerPersistenceAdapter answers;
    private final JdbcTemplate jdbc;

    TestFixtures(MemberPersistenceAdapter members, CoinPersistenceAdapter coins, VotePersistenceAdapter votes,
                 AnswerPersistenceAdapter answers, JdbcTemplate jdbc) {
        this.members = members;
        this.coins = coins;
        this.votes = votes;
        this.answers = answers;
        this.jdbc = jdbc;
    }

    /** Rules whose answers cost {@code answerCost} for a member's question (fee 50, reward 20 as standard). */
    static GameRules rulesWithAnswerCost(long answerCost) {
        return new GameRules(SchedulePolicy.standard(), RangePolicy.standard(),
                new VotePricingPolicy(new VotePricing(Points.of(50), Points.of(answerCost), Points.of(20)),
                        new VotePricing(Points.ZERO, Points.ZERO, Points.of(30))),
                PricePolicy.standard(), SettlementPolicy.standard(), WhalePolicy.standard(), SignupPolicy.standard(),
                LeaderboardPolicy.standard(), BaseRatePolicy.standard(), GuardrailPolicy.standard());
    }

    static KakaoId nextKakaoId() {
        return new KakaoId(KAKAO_IDS.incrementAndGet());
    }

    Member member() {
        return members.registerMember(Member.register(new KakaoIdentity(nextKakaoId(), Optional.empty()),
                CREATED_AT.minusSeconds(86_400), RULES.signup()));
    }

    Member staff() {
        Member member = member();
        jdbc.update("UPDATE members SET staff = TRUE WHERE id = ?", member.id().value());
        return reload(member);
    }

    /** Gives a member settled answers, e.g. to make a whale. */
    Member withCounters(Member member, long right, long wrong) {
        jdbc.update("UPDATE members SET right_count = ?, wrong_count = ? WHERE id = ?", right, wrong,
                member.id().value());
        return reload(member);
    }

    Member reload(Member member) {
        return members.loadMember(member.id()).orElseThrow();
    }

    /** Adds a listed coin to the catalog (keeping the others listed). */
    CoinCode coin(String code, String koreanName) {
        CoinCode coin = new CoinCode(code);
        List<Market> listed = new java.util.ArrayList<>(coins.searchListedCoins("").stream()
                .map(known -> new Market(known.code(), known.koreanName(), known.englishName(), known.imageUrl(),
                        known.warning()))
                .toList());
        listed.add(new Market(coin, koreanName, code + " coin", "https://img/" + code + ".png", false));
        coins.saveCatalog(listed, java.util.Set.of());
        return coin;
    }

    void quote(CoinCode coin, String price, Instant at) {
        coins.saveLatestPrices(List.of(new PriceQuote(coin, Prices.krw(price), at)));
    }

    Vote vote(Member creator, CoinCode coin, Direction direction, int range, Horizon horizon, String price,
              Instant at, GameRules rules) {
        Vote priced = Vote.draft(creator, coins.loadCoin(coin).orElseThrow(), direction, range, horizon, rules)
                .price(new PriceQuote(coin, Prices.krw(price), at), at, rules);
        VoteId id = votes.createVote(priced, at);
        return votes.loadVote(id).orElseThrow();
    }

    /** A member's question "up 5% within a day" at 100, created with this base rate. */
    Vote voteWithBaseRate(Member creator, CoinCode coin, BaseRate baseRate) {
        Vote priced = Vote.draft(creator, coins.loadCoin(coin).orElseThrow(), Direction.UP, 5, Horizon.DAY, RULES)
                .withBaseRate(Optional.of(baseRate), RULES)
                .price(new PriceQuote(coin, Prices.krw("100"), CREATED_AT), CREATED_AT, RULES);
        return votes.loadVote(votes.createVote(priced, CREATED_AT)).orElseThrow();
    }

    Vote vote(Member creator, CoinCode coin) {
        return vote(creator, coin, Direction.UP, 5, Horizon.DAY, "100", CREATED_AT, RULES);
    }

    /** The closing job for one question, at its closing time: the domain closes it, the adapter saves it. */
    int close(Vote vote) {
        Vote loaded = reload(vote);
        Instant closesAt = loaded.schedule().closesAt();
        return loaded.close(closesAt) ? votes.saveClosing(List.of(loaded), closesAt) : 0;
    }

    Vote reload(Vote vote) {
        return votes.loadVote(vote.id()).orElseThrow();
    }

    /** A member answers through the domain and the adapter, one minute after creation. */
    void answer(Vote vote, Member member, Choice choice) {
        answers.saveAnswer(reload(vote).answer(reload(member), choice, false, Optional.empty(),
                vote.schedule().createdAt().plusSeconds(60), RULES));
    }

    /** The decision the domain takes for a question at its settlement time, with a candle closing at {@code price}. */
    static SettlementDecision decide(Vote vote, String price, Instant now) {
        Instant settlesAt = vote.schedule().settlesAt();
        return vote.settle(Optional.of(new MinuteCandle(vote.terms().coin(), settlesAt.minusSeconds(60),
                Prices.krw(price))), now, RULES);
    }

    /** The decision for a question whose price never came: voided once the waiting time is over. */
    static SettlementDecision decideWithoutPrice(Vote vote) {
        return vote.settle(Optional.empty(), vote.schedule().settlesAt().plusSeconds(25 * 3600), RULES);
    }

    long points(Member member) {
        return points(member.id());
    }

    long points(MemberId member) {
        return jdbc.queryForObject("SELECT points FROM members WHERE id = ?", Long.class, member.value());
    }

    /** The sum of the member's ledger entries; must always equal the balance. */
    long ledgerSum(MemberId member) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM point_ledger WHERE member_id = ?",
                Long.class, member.value());
    }

    /** Whether the ledger's balance_after column chains: each entry = previous balance + amount. */
    boolean ledgerChains(MemberId member) {
        List<long[]> entries = jdbc.query("SELECT amount, balance_after FROM point_ledger WHERE member_id = ? ORDER BY id",
                (row, index) -> new long[] {row.getLong(1), row.getLong(2)}, member.value());
        long balance = 0;
        for (long[] entry : entries) {
            balance += entry[0];
            if (entry[1] != balance || balance < 0) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
