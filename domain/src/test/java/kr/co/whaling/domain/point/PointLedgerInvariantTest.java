package kr.co.whaling.domain.point;

import static kr.co.whaling.domain.testdata.CoinBuilder.aCoin;
import static kr.co.whaling.domain.testdata.MemberBuilder.kakaoIdentityWithoutImage;
import static kr.co.whaling.domain.testdata.Prices.candle;
import static kr.co.whaling.domain.testdata.Prices.quote;
import static kr.co.whaling.domain.testdata.SeoulTime.seoul;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.SignupPolicy;
import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.testdata.InMemoryGame;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteNotSettleableException;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random games: whatever members do (sign up, ask, answer, wait, settle, ask for what they
 * cannot pay), every balance equals the sum of its ledger entries and never goes below zero, a
 * refused action changes nothing, and settling a second time changes nothing. A failure names its
 * seed; rerun just that game with {@code -Dwhaling.seed=<seed>}.
 */
class PointLedgerInvariantTest {

    private static final int STEPS = 400;
    private static final Set<String> REFUSALS_SEEN = ConcurrentHashMap.newKeySet();
    private static final Set<String> DECISIONS_SEEN = ConcurrentHashMap.newKeySet();

    static LongStream seeds() {
        String fixed = System.getProperty("whaling.seed");
        if (fixed != null) {
            return LongStream.of(Long.parseLong(fixed));
        }
        SplittableRandom seeds = new SplittableRandom(20240304L);
        return LongStream.generate(seeds::nextLong).limit(30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_balance_always_equals_the_sum_of_the_ledger_and_refused_actions_change_nothing(long seed) {
        RandomGame game = new RandomGame(seed);

        try {
            for (int step = 0; step < STEPS; step++) {
                game.step(step);
            }
        } catch (AssertionError broken) {
            throw new AssertionError("seed " + seed + " (rerun with -Dwhaling.seed=" + seed + "): "
                    + broken.getMessage(), broken);
        }

        assertThat(game.outcomes).as("seed %d exercised every kind of result: %s", seed, game.outcomes)
                .containsKeys(Result.DONE, Result.REFUSED);
    }

    @AfterAll
    static void every_refusal_and_settlement_decision_was_exercised() {
        if (System.getProperty("whaling.seed") == null) {
            assertThat(DECISIONS_SEEN).as("settlement decisions applied over all seeds").contains("Settle", "Void");
            assertThat(REFUSALS_SEEN).as("refusals met over all seeds").contains(
                    "NotEnoughPointsException", "VoteClosedException", "AlreadyAnsweredException",
                    "VoteNotSettleableException", "InvalidValueException", "CoinNotAvailableException",
                    "PriceUnavailableException");
        }
    }

    private enum Result { DONE, REFUSED }

    /** One random game with its own seeded choices. */
    private static final class RandomGame {

        private final long seed;
        private final Random random;
        private final InMemoryGame game;
        private final List<Coin> coins = List.of(
                aCoin().withCode("BTC").build(),
                aCoin().withCode("XRP").build(),
                aCoin().withCode("WARN").underWarning().build(),
                aCoin().withCode("GONE").delisted().build());
        private final Map<Result, Integer> outcomes = new EnumMap<>(Result.class);
        private Instant now = seoul("2024-01-01T09:00");
        private long nextKakaoId = 1;

        RandomGame(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            // Smaller signup grants than the standard 300 make members run out of points within a game.
            GameRules standard = GameRules.standard();
            this.game = new InMemoryGame(new GameRules(standard.schedules(), standard.ranges(), standard.pricing(),
                    standard.prices(), standard.settlement(), standard.whales(),
                    new SignupPolicy(Points.of(pickInt(300, 150, 70))), standard.leaderboard(), standard.baseRates(),
                    standard.guardrail()));
            for (int i = 0; i < 4; i++) {
                signUp();
            }
            game.promoteToStaff(game.members().get(0).id());
        }

        void step(int step) {
            int dice = random.nextInt(100);
            String description;
            Runnable action;
            if (dice < 5) {
                description = "sign up";
                action = this::signUp;
            } else if (dice < 25) {
                Member creator = anyMember();
                Coin coin = coins.get(random.nextInt(coins.size()));
                Direction direction = random.nextBoolean() ? Direction.UP : Direction.DOWN;
                int range = pickInt(1, 5, 10, 50, 99, 0, 100, 300, 301, -3);
                Horizon horizon = Horizon.values()[random.nextInt(Horizon.values().length)];
                Duration quoteAge = pick(Duration.ZERO, Duration.ofSeconds(90), Duration.ofMinutes(5),
                        Duration.ofMinutes(5).plusSeconds(1), Duration.ofHours(1));
                String price = coin.code().value().equals("XRP") ? "0.5" : "100000000";
                description = String.format("member %s (%d points, staff=%s) asks %s %s %d%% %s, quote %s old",
                        creator.id(), creator.points().value(), creator.staff(), coin.code(), direction, range,
                        horizon, quoteAge);
                action = () -> game.createVote(creator.id(), coin, direction, range, horizon,
                        quote(coin.code().value(), price, now.minus(quoteAge)), now);
            } else if (dice < 65 && !game.votes().isEmpty()) {
                Member member = anyMember();
                Vote vote = recentVote();
                Choice choice = random.nextBoolean() ? Choice.YES : Choice.NO;
                description = String.format("member %s (%d points) answers %s on question %s (%s)", member.id(),
                        member.points().value(), choice, vote.id(), vote.state());
                action = () -> game.answer(member.id(), vote.id(), choice, now);
            } else if (dice < 80) {
                Duration wait = pick(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(8),
                        Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(9));
                description = "time passes " + wait;
                action = () -> now = now.plus(wait);
            } else if (dice < 85) {
                description = "the closing job runs";
                action = () -> game.closeDueVotes(now);
            } else if (!game.votes().isEmpty()) {
                Vote vote = anyVote();
                Optional<MinuteCandle> candle = randomCandle(vote);
                description = String.format("settle question %s (%s, settles %s) at %s with %s", vote.id(),
                        vote.state(), vote.schedule().settlesAt(), now, candle);
                action = () -> settleTwice(vote, candle);
            } else {
                description = "nothing yet";
                action = () -> { };
            }
            run(String.format("seed %d, step %d: %s", seed, step, description), action);
        }

        private void run(String context, Runnable action) {
            InMemoryGame.Snapshot before = game.snapshot();
            try {
                action.run();
                outcomes.merge(Result.DONE, 1, Integer::sum);
            } catch (DomainException refused) {
                outcomes.merge(Result.REFUSED, 1, Integer::sum);
                REFUSALS_SEEN.add(refused.getClass().getSimpleName());
                assertThat(game.snapshot()).as("%s was refused (%s) and must change nothing", context,
                        refused.getMessage()).isEqualTo(before);
            }
            checkInvariants(context);
        }

        /** Settles, and when that settled or voided, settles again: the second run must change nothing. */
        private void settleTwice(Vote vote, Optional<MinuteCandle> candle) {
            SettlementDecision decision = game.settle(vote.id(), candle, now);
            if (decision instanceof SettlementDecision.Wait) {
                return;
            }
            DECISIONS_SEEN.add(decision.getClass().getSimpleName());
            InMemoryGame.Snapshot once = game.snapshot();
            Throwable again = catchThrowable(() -> game.settle(vote.id(), randomCandle(vote), now.plusSeconds(1)));
            assertThat(again).as("seed %d: settling question %s again is refused", seed, vote.id())
                    .isInstanceOf(VoteNotSettleableException.class);
            assertThat(game.snapshot()).as("seed %d: settling question %s twice is settling it once", seed, vote.id())
                    .isEqualTo(once);
        }

        private void checkInvariants(String context) {
            Map<MemberId, Long> judgedAnswers = game.votes().stream().flatMap(v -> game.answersTo(v.id()).stream())
                    .filter(a -> a.result() == AnswerResult.RIGHT || a.result() == AnswerResult.WRONG)
                    .collect(Collectors.groupingBy(Answer::memberId, Collectors.counting()));
            for (Member member : game.members()) {
                MemberId id = member.id();
                List<PointLedgerEntry> entries = game.ledgerOf(id);
                assertThat(member.points().value()).as("%s: balance of member %s is the sum of its ledger %s",
                        context, id, entries).isEqualTo(game.ledgerBalance(id)).isNotNegative();
                long running = 0;
                for (PointLedgerEntry entry : entries) {
                    running += entry.amount();
                    assertThat(entry.balanceAfter()).as("%s: running balance of member %s at %s", context, id, entry)
                            .isEqualTo(running).isNotNegative();
                }
                assertThat(member.accuracy().settled()).as("%s: settled answers of member %s", context, id)
                        .isEqualTo(judgedAnswers.getOrDefault(id, 0L));
            }
            for (Vote vote : game.votes()) {
                List<Answer> answers = game.answersTo(vote.id());
                assertThat(vote.tally().total()).as("%s: tally of question %s", context, vote.id())
                        .isEqualTo(answers.size());
                AnswerResult[] expected = vote.state() == VoteState.TRACKED
                        ? new AnswerResult[] {AnswerResult.RIGHT, AnswerResult.WRONG}
                        : vote.state() == VoteState.VOIDED
                        ? new AnswerResult[] {AnswerResult.REFUNDED}
                        : new AnswerResult[] {AnswerResult.PENDING};
                assertThat(answers).extracting(Answer::result).as("%s: answers of question %s (%s)", context,
                        vote.id(), vote.state()).isSubsetOf(expected);
            }
        }

        private void signUp() {
            game.signUp(kakaoIdentityWithoutImage(nextKakaoId++), now);
        }

        private Member anyMember() {
            List<Member> members = game.members();
            return members.get(random.nextInt(members.size()));
        }

        private Vote anyVote() {
            List<Vote> votes = game.votes();
            return votes.get(random.nextInt(votes.size()));
        }

        /** Mostly one of the last few questions, which are the ones still taking answers. */
        private Vote recentVote() {
            List<Vote> votes = game.votes();
            int window = Math.min(votes.size(), 6);
            return votes.get(votes.size() - 1 - random.nextInt(window));
        }

        /** No candle, one around the settlement time (some too old, some after it), at a random price. */
        private Optional<MinuteCandle> randomCandle(Vote vote) {
            if (random.nextInt(5) == 0) {
                return Optional.empty();
            }
            Instant start = vote.schedule().settlesAt().plus(Duration.ofMinutes(random.nextInt(96) - 90));
            BigDecimal factor = BigDecimal.valueOf(50 + random.nextInt(111)).movePointLeft(2);
            String close = vote.createdPrice().value().multiply(factor).toPlainString();
            return Optional.of(candle(vote.terms().coin().value(), start, close));
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }

        private int pickInt(int... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
