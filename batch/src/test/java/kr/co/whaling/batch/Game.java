package kr.co.whaling.batch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import kr.co.whaling.adapter.out.persistence.AnswerPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.CoinPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.MemberPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.SettlementPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.VotePersistenceAdapter;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small game played through the domain and the real persistence adapters, as the app plays it:
 * <ul>
 *   <li>{@code up}: Alice asks "BTC up 5% in a day?" at 100; Alice and Bob answer YES, Carol NO; it
 *       settles at 106, YES: Alice and Bob earn 20 each;</li>
 *   <li>{@code official}: staff Erin asks "BTC down 10% in a week?" at 200 (free); Bob answers NO, Dave
 *       YES; it settles at 190, above the target 180, NO: Bob earns 30;</li>
 *   <li>{@code voided}: Alice asks again, Carol answers; no price comes for 25 hours: voided, both
 *       refunded;</li>
 *   <li>{@code open}: Bob asks, Dave answers YES; still open.</li>
 * </ul>
 * Balances: Alice 260, Bob 290, Carol 290, Dave 290, Erin 300; 18 ledger entries.
 */
final class Game {

    static final GameRules RULES = GameRules.standard();
    static final Instant CREATED_AT = Instant.parse("2024-03-04T05:06:00Z");
    private static final AtomicLong KAKAO_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final CoinCode BTC = new CoinCode("BTC");

    final Member alice;
    final Member bob;
    final Member carol;
    final Member dave;
    final Member erin;
    final Vote up;
    final Vote official;
    final Vote voided;
    final Vote open;

    private final MemberPersistenceAdapter members;
    private final CoinPersistenceAdapter coins;
    private final VotePersistenceAdapter votes;
    private final AnswerPersistenceAdapter answers;
    private final SettlementPersistenceAdapter settlements;

    Game(MemberPersistenceAdapter members, CoinPersistenceAdapter coins, VotePersistenceAdapter votes,
         AnswerPersistenceAdapter answers, SettlementPersistenceAdapter settlements, JdbcTemplate jdbc) {
        this.members = members;
        this.coins = coins;
        this.votes = votes;
        this.answers = answers;
        this.settlements = settlements;
        coins.saveCatalog(List.of(new Market(BTC, "비트코인", "Bitcoin", "https://img/BTC.png", false)), Set.of());
        alice = member();
        bob = member();
        carol = member();
        dave = member();
        Member registered = member();
        jdbc.update("UPDATE members SET staff = TRUE WHERE id = ?", registered.id().value());
        erin = members.loadMember(registered.id()).orElseThrow();

        up = ask(alice, Direction.UP, 5, Horizon.DAY, "100");
        answer(up, alice, Choice.YES);
        answer(up, bob, Choice.YES);
        answer(up, carol, Choice.NO);
        settle(up, "106");

        official = ask(erin, Direction.DOWN, 10, Horizon.WEEK, "200");
        answer(official, bob, Choice.NO);
        answer(official, dave, Choice.YES);
        settle(official, "190");

        voided = ask(alice, Direction.UP, 5, Horizon.DAY, "100");
        answer(voided, carol, Choice.NO);
        SettlementDecision noPrice = reload(voided).settle(Optional.empty(),
                voided.schedule().settlesAt().plusSeconds(25 * 3600), RULES);
        settlements.applyVoiding(((SettlementDecision.Void) noPrice).voiding());

        open = ask(bob, Direction.UP, 3, Horizon.MONTH, "100");
        answer(open, dave, Choice.YES);
    }

    long id(Member member) {
        return member.id().value();
    }

    long id(Vote vote) {
        return vote.id().value();
    }

    private Member member() {
        return members.registerMember(Member.register(
                new KakaoIdentity(new KakaoId(KAKAO_IDS.incrementAndGet()), Optional.empty()),
                CREATED_AT.minusSeconds(86_400), RULES.signup()));
    }

    private Vote ask(Member creator, Direction direction, int range, Horizon horizon, String price) {
        Member current = members.loadMember(creator.id()).orElseThrow();
        Vote priced = Vote.draft(current, coins.loadCoin(BTC).orElseThrow(), direction, range, horizon, RULES)
                .price(new PriceQuote(BTC, Prices.krw(price), CREATED_AT), CREATED_AT, RULES);
        return votes.loadVote(votes.createVote(priced, CREATED_AT)).orElseThrow();
    }

    private void answer(Vote vote, Member member, Choice choice) {
        answers.saveAnswer(reload(vote).answer(members.loadMember(member.id()).orElseThrow(), choice, false,
                Optional.empty(), CREATED_AT.plusSeconds(60), RULES));
    }

    private void settle(Vote vote, String price) {
        Instant settlesAt = vote.schedule().settlesAt();
        SettlementDecision decision = reload(vote).settle(
                Optional.of(new MinuteCandle(BTC, settlesAt.minusSeconds(60), Prices.krw(price))),
                settlesAt.plusSeconds(60), RULES);
        settlements.applySettlement(((SettlementDecision.Settle) decision).settlement());
    }

    private Vote reload(Vote vote) {
        return votes.loadVote(vote.id()).orElseThrow();
    }
}
