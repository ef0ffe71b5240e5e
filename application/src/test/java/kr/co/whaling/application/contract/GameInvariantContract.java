package kr.co.whaling.application.contract;

import static kr.co.whaling.domain.testdata.CoinBuilder.aCoin;
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
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteClosedException;
import kr.co.whaling.domain.vote.VoteNotSettleableException;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random games played through the ports of one implementation: whatever members do (sign
 * up, ask, answer, wait, close, settle or void, ask for what they cannot pay, act on what they read
 * before someone else changed it), after every step each balance equals the sum of its ledger
 * entries and never goes below zero, each right/wrong counter equals the member's judged answers,
 * each tally equals its question's answers, a refused action changes nothing, and settling a second
 * time changes nothing. A failure names its seed; rerun just that game with
 * {@code -Dwhaling.seed=<seed>}.
 *
 * <p>Implementations choose how many games of how many steps ({@link #games()}, {@link #steps()}):
 * many in memory, fewer against a database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GameInvariantContract {

    private final Set<String> refusalsSeen = ConcurrentHashMap.newKeySet();
    private final Set<String> decisionsSeen = ConcurrentHashMap.newKeySet();

    /** The hook: an implementation holding nothing yet; called once per game. */
    protected abstract GamePorts emptyGame();

    /** How many seeded games to play. */
    protected int games() {
        return 30;
    }

    /** How many random steps each game takes. */
    protected int steps() {
        return 400;
    }

    LongStream seeds() {
        String fixed = System.getProperty("whaling.seed");
        if (fixed != null) {
            return LongStream.of(Long.parseLong(fixed));
        }
        SplittableRandom seeds = new SplittableRandom(20240304L);
        return LongStream.generate(seeds::nextLong).limit(games());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_balance_always_equals_the_sum_of_the_ledger_and_refused_actions_change_nothing(long seed) {
        RandomGame game = new RandomGame(seed, emptyGame());

        try {
            for (int step = 0; step < steps(); step++) {
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
    void every_refusal_and_settlement_decision_was_exercised() {
        if (System.getProperty("whaling.seed") == null) {
            assertThat(decisionsSeen).as("settlement decisions applied over all seeds").contains("Settle", "Void");
            assertThat(refusalsSeen).as("refusals met over all seeds").contains(
                    "NotEnoughPointsException", "VoteClosedException", "AlreadyAnsweredException",
                    "VoteNotSettleableException", "InvalidValueException", "CoinNotAvailableException",
                    "PriceUnavailableException");
        }
    }

    private enum Result { DONE, REFUSED }

    /** One random game with its own seeded choices. */
    private final class RandomGame {

        private final long seed;
        private final Random random;
        private final GameDriver game;
        private final List<Coin> coins = List.of(
                aCoin().withCode("BTC").build(),
                aCoin().withCode("XRP").build(),
                aCoin().withCode("WARN").underWarning().build(),
                aCoin().withCode("GONE").delisted().build());
        private final Map<Result, Integer> outcomes = new EnumMap<>(Result.class);
        private Instant now = seoul("2024-01-01T09:00");
        private long nextKakaoId = 1;
        private GameDriver.Snapshot current;

        RandomGame(long seed, GamePorts ports) {
            this.seed = seed;
            this.random = new Random(seed);
            // Smaller signup grants than the standard 300 make members run out of points within a game.
            GameRules standard = GameRules.standard();
            this.game = new GameDriver(ports, new GameRules(standard.schedules(), standard.ranges(),
                    standard.pricing(), standard.prices(), standard.settlement(), standard.whales(),
                    new SignupPolicy(Points.of(pickInt(300, 150, 70))), standard.leaderboard(), standard.baseRates(),
                    standard.guardrail()));
            coins.stream().filter(Coin::acceptsNewVotes).forEach(coin -> ports.listCoin(coin.code()));
            for (int i = 0; i < 4; i++) {
                signUp();
            }
            game.makeStaff(game.members().get(0));
            current = game.snapshot();
        }

        void step(int step) {
            int dice = random.nextInt(100);
            String description;
            Runnable action;
            if (dice < 5) {
                description = "sign up";
                action = this::signUp;
            } else if (dice < 22) {
                Member creator = anyMember();
                Coin coin = coins.get(random.nextInt(coins.size()));
                Direction direction = random.nextBoolean() ? Direction.UP : Direction.DOWN;
                int range = pickInt(1, 5, 10, 50, 99, 0, 100, 300, 301, -3);
                Horizon horizon = Horizon.values()[random.nextInt(Horizon.values().length)];
                Duration quoteAge = pick(Duration.ZERO, Duration.ofSeconds(90), Duration.ofMinutes(5),
                        Duration.ofMinutes(5).plusSeconds(1), Duration.ofHours(1));
                String price = priceOf(coin);
                description = String.format("member %s (%d points, staff=%s) asks %s %s %d%% %s, quote %s old",
                        creator.id(), creator.points().value(), creator.staff(), coin.code(), direction, range,
                        horizon, quoteAge);
                action = () -> game.createVote(creator.id(), coin, direction, range, horizon,
                        quote(coin.code().value(), price, now.minus(quoteAge)), now);
            } else if (dice < 25) {
                Member creator = anyMember();
                description = String.format("member %s (%d points) asks, from a read before it spent its points",
                        creator.id(), creator.points().value());
                action = () -> askAsReadBefore(creator);
            } else if (dice < 55 && !game.votes().isEmpty()) {
                Member member = anyMember();
                Vote vote = recentVote();
                Choice choice = random.nextBoolean() ? Choice.YES : Choice.NO;
                description = String.format("member %s (%d points) answers %s on question %s (%s)", member.id(),
                        member.points().value(), choice, vote.id(), vote.state());
                action = () -> game.answer(member.id(), vote.id(), choice, now);
            } else if (dice < 65 && !game.votes().isEmpty()) {
                Member member = anyMember();
                Vote vote = recentVote();
                Choice choice = random.nextBoolean() ? Choice.YES : Choice.NO;
                description = String.format("member %s (%d points) answers %s on question %s (%s), judged on an"
                        + " earlier read", member.id(), member.points().value(), choice, vote.id(), vote.state());
                action = () -> answerAsReadBefore(member, vote, choice);
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
                action = () -> settleTwice(vote.id(), candle);
            } else {
                description = "nothing yet";
                action = () -> { };
            }
            run(String.format("seed %d, step %d: %s", seed, step, description), action);
        }

        private void run(String context, Runnable action) {
            GameDriver.Snapshot before = current;
            boolean refused = false;
            try {
                action.run();
                outcomes.merge(Result.DONE, 1, Integer::sum);
            } catch (DomainException refusal) {
                refused = true;
                outcomes.merge(Result.REFUSED, 1, Integer::sum);
                refusalsSeen.add(refusal.getClass().getSimpleName());
                current = game.snapshot();
                assertThat(current).as("%s was refused (%s) and must change nothing", context,
                        refusal.getMessage()).isEqualTo(before);
            }
            if (!refused) {
                current = game.snapshot();
            }
            checkInvariants(context, current);
        }

        /**
         * A question priced by the domain from a read of the creator made before it spent its points:
         * only the port's guarded debit stands between it and a negative balance.
         */
        private void askAsReadBefore(Member creator) {
            Member richer = Member.restore(creator.id(), creator.kakaoId(), creator.nickname(), Points.of(1_000),
                    creator.accuracy(), creator.profileImage().orElse(null), creator.staff(), creator.signedUpAt());
            Coin btc = coins.get(0);
            Vote priced = Vote.draft(richer, btc, Direction.UP, 5, Horizon.DAY, game.rules())
                    .price(quote("BTC", priceOf(btc), now), now, game.rules());
            long balance = current.members().get(creator.id()).points().value();
            boolean covered = balance >= priced.creationFee().amount().value();
            Throwable refused = catchThrowable(() -> game.saveVote(priced, now));
            if (covered) {
                assertThat(refused).as("seed %d: creation fee %s on a balance of %d", seed, priced.creationFee(),
                        balance).isNull();
            } else {
                assertThat(refused).as("seed %d: creation fee %s on a balance of %d", seed, priced.creationFee(),
                        balance).isInstanceOf(NotEnoughPointsException.class);
                throw (DomainException) refused;
            }
        }

        /**
         * An answer the domain judged on an earlier read (as if the question, the member's answers or
         * balance changed since): the port alone must refuse exactly what the stored state refuses,
         * in the database's order (closed, then a duplicate, then the balance).
         */
        private void answerAsReadBefore(Member member, Vote vote, Choice choice) {
            GameDriver.VoteSnapshot stored = current.votes().get(vote.id());
            Points cost = vote.pricing().answerCost();
            Class<? extends DomainException> expected = stored.state() != VoteState.ONGOING
                    ? VoteClosedException.class
                    : stored.answers().stream().anyMatch(a -> a.memberId().equals(member.id()))
                    ? AlreadyAnsweredException.class
                    : !current.members().get(member.id()).points().covers(cost) ? NotEnoughPointsException.class
                    : null;
            Answer answer = new Answer(vote.id(), member.id(), choice, game.rules().whales().isWhale(member.accuracy()),
                    cost, Optional.empty(), now, AnswerResult.PENDING);
            Throwable refused = catchThrowable(() -> game.ports().saveAnswerPort().saveAnswer(answer));
            if (expected == null) {
                assertThat(refused).as("seed %d: answer judged earlier, now acceptable", seed).isNull();
            } else {
                assertThat(refused).as("seed %d: answer judged earlier refused by the port", seed)
                        .isInstanceOf(expected);
                throw (DomainException) refused;
            }
        }

        /**
         * Settles, and when that settled or voided, settles again three ways (the same decision, a
         * decision from the question as read before, the domain on the question as stored now): the
         * second time must change nothing.
         */
        private void settleTwice(VoteId voteId, Optional<MinuteCandle> candle) {
            Vote asReadBefore = game.vote(voteId);
            SettlementDecision decision = game.decide(voteId, candle, now);
            if (decision instanceof SettlementDecision.Wait) {
                return;
            }
            assertThat(game.apply(decision)).as("seed %d: first application to question %s", seed, voteId).isTrue();
            decisionsSeen.add(decision.getClass().getSimpleName());
            GameDriver.Snapshot once = game.snapshot();
            assertThat(game.apply(decision)).as("seed %d: the same decision applied again", seed).isFalse();
            SettlementDecision stale = asReadBefore.settle(randomCandle(asReadBefore), now.plusSeconds(1), game.rules());
            assertThat(game.apply(stale)).as("seed %d: a decision from an earlier read applied", seed).isFalse();
            Throwable again = catchThrowable(() -> game.decide(voteId, randomCandle(asReadBefore), now.plusSeconds(1)));
            assertThat(again).as("seed %d: settling question %s again is refused", seed, voteId)
                    .isInstanceOf(VoteNotSettleableException.class);
            assertThat(game.snapshot()).as("seed %d: settling question %s twice is settling it once", seed, voteId)
                    .isEqualTo(once);
        }

        private void checkInvariants(String context, GameDriver.Snapshot snapshot) {
            Map<MemberId, Long> judgedAnswers = snapshot.votes().values().stream()
                    .flatMap(v -> v.answers().stream())
                    .filter(a -> a.result() == AnswerResult.RIGHT || a.result() == AnswerResult.WRONG)
                    .collect(Collectors.groupingBy(Answer::memberId, Collectors.counting()));
            snapshot.members().forEach((id, member) -> {
                List<PointLedgerEntry> entries = member.ledger();
                long sum = entries.stream().mapToLong(PointLedgerEntry::amount).sum();
                assertThat(member.points().value()).as("%s: balance of member %s is the sum of its ledger %s",
                        context, id, entries).isEqualTo(sum).isNotNegative();
                long running = 0;
                for (PointLedgerEntry entry : entries) {
                    running += entry.amount();
                    assertThat(entry.balanceAfter()).as("%s: running balance of member %s at %s", context, id, entry)
                            .isEqualTo(running).isNotNegative();
                }
                assertThat(member.accuracy().settled()).as("%s: settled answers of member %s", context, id)
                        .isEqualTo(judgedAnswers.getOrDefault(id, 0L));
            });
            snapshot.votes().forEach((id, vote) -> {
                Tally counted = vote.answers().stream().map(Answer::tallyChange).reduce(Tally.EMPTY,
                        (a, b) -> new Tally(a.yes() + b.yes(), a.no() + b.no(), a.whaleYes() + b.whaleYes(),
                                a.whaleNo() + b.whaleNo()));
                assertThat(vote.tally()).as("%s: tally of question %s", context, id).isEqualTo(counted);
                for (Answer answer : vote.answers()) {
                    AnswerResult expected = switch (vote.state()) {
                        case TRACKED -> answer.choice() == vote.settlement().orElseThrow().outcome().answer()
                                ? AnswerResult.RIGHT : AnswerResult.WRONG;
                        case VOIDED -> AnswerResult.REFUNDED;
                        default -> AnswerResult.PENDING;
                    };
                    assertThat(answer.result()).as("%s: answer of %s to question %s (%s)", context, answer.memberId(),
                            id, vote.state()).isEqualTo(expected);
                }
            });
            assertThat(snapshot.ongoing()).as("%s: the ongoing questions are the ones created and not closed",
                    context).containsExactlyInAnyOrderElementsOf(snapshot.votes().entrySet().stream()
                    .filter(e -> e.getValue().state() == VoteState.ONGOING).map(Map.Entry::getKey).toList());
        }

        private void signUp() {
            game.signUp(nextKakaoId++, now);
        }

        private Member anyMember() {
            List<MemberId> members = game.members();
            return game.member(members.get(random.nextInt(members.size())));
        }

        private Vote anyVote() {
            List<VoteId> votes = game.votes();
            return game.vote(votes.get(random.nextInt(votes.size())));
        }

        /** Mostly one of the last few questions, which are the ones still taking answers. */
        private Vote recentVote() {
            List<VoteId> votes = game.votes();
            int window = Math.min(votes.size(), 6);
            return game.vote(votes.get(votes.size() - 1 - random.nextInt(window)));
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

        private String priceOf(Coin coin) {
            return coin.code().value().equals("XRP") ? "0.5" : "100000000";
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
