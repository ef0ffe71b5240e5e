package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteClosedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class AnswerPersistenceAdapterTest {

    @Autowired
    AnswerPersistenceAdapter adapter;
    @Autowired
    VotePersistenceAdapter votes;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MemberPersistenceAdapter memberAdapter;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private CoinCode btc;
    private Member creator;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
        btc = fixtures.coin("BTC", "비트코인");
        creator = fixtures.member();
    }

    private static Answer answer(Vote vote, Member member, Choice choice, boolean whale, Instant at) {
        return new Answer(vote.id(), member.id(), choice, whale, vote.pricing().answerCost(),
                Optional.of(Prices.krw("143250000")), at, AnswerResult.PENDING);
    }

    private Instant beforeClosing(Vote vote) {
        return vote.schedule().closesAt().minusNanos(1000);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void an_answer_is_stored_debited_and_tallied_together() {
        Member whale = fixtures.withCounters(fixtures.member(), 7, 3);
        Vote vote = fixtures.vote(creator, btc);
        Answer answer = fixtures.reload(vote).answer(whale, Choice.YES, false, Optional.of(Prices.krw("0.00000123")),
                Instant.parse("2024-03-04T06:00:00.654321Z"), TestFixtures.RULES);
        assertThat(answer.whale()).isTrue();

        adapter.saveAnswer(answer);

        assertThat(fixtures.reload(vote).tally()).isEqualTo(new Tally(1, 0, 1, 0));
        Map<String, Object> choice = jdbc.queryForMap("SELECT choice, whale, price_at_answer, cost, result,"
                + " CAST(created_at AS CHAR) AS at FROM answers WHERE vote_id = ?", vote.id().value());
        assertThat(choice).containsEntry("choice", "YES").containsEntry("whale", true).containsEntry("cost", 10L)
                .containsEntry("result", "PENDING").containsEntry("at", "2024-03-04 06:00:00.654321");
        assertThat(new Price((java.math.BigDecimal) choice.get("price_at_answer"))).isEqualTo(Prices.krw("0.00000123"));
        assertThat(fixtures.points(whale)).isEqualTo(290);
        Map<String, Object> fee = jdbc.queryForMap("SELECT amount, balance_after, cause_key FROM point_ledger"
                + " WHERE member_id = ? AND reason = 'ANSWER_FEE'", whale.id().value());
        assertThat(fee).containsEntry("amount", -10L).containsEntry("balance_after", 290L)
                .containsEntry("cause_key", "ANSWER_FEE:" + vote.id().value());
        assertThat(votes.hasAnswered(vote.id(), whale.id())).isTrue();
    }

    @Test
    void a_no_answer_counts_on_the_no_side_and_an_ordinary_member_is_no_whale() {
        Member member = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);

        adapter.saveAnswer(answer(vote, member, Choice.NO, false, beforeClosing(vote)));

        assertThat(fixtures.reload(vote).tally()).isEqualTo(new Tally(0, 1, 0, 0));
        assertThat(jdbc.queryForObject("SELECT participants FROM votes WHERE id = ?", Long.class, vote.id().value()))
                .isEqualTo(1);
    }

    @Test
    void an_answer_decided_before_a_closing_that_was_saved_first_is_refused() {
        Member member = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        Answer decidedInTime = answer(vote, member, Choice.YES, false, beforeClosing(vote));

        assertThat(fixtures.close(vote)).isEqualTo(1);
        assertThatThrownBy(() -> adapter.saveAnswer(decidedInTime)).isInstanceOf(VoteClosedException.class);

        assertThat(count("SELECT COUNT(*) FROM answers")).isZero();
        assertThat(fixtures.points(member)).isEqualTo(300);
        assertThat(fixtures.reload(vote).tally()).isEqualTo(Tally.EMPTY);
    }

    @Test
    void a_second_answer_of_the_same_member_is_refused_and_changes_nothing() {
        Member member = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        adapter.saveAnswer(answer(vote, member, Choice.YES, false, beforeClosing(vote)));

        assertThatThrownBy(() -> adapter.saveAnswer(answer(vote, member, Choice.NO, false, beforeClosing(vote))))
                .isInstanceOf(AlreadyAnsweredException.class);

        assertThat(fixtures.reload(vote).tally()).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(fixtures.points(member)).isEqualTo(290);
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE member_id = ?", member.id().value())).isEqualTo(2);
    }

    @Test
    void a_second_answer_is_reported_as_such_even_when_the_balance_is_gone_too() {
        Member member = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        adapter.saveAnswer(answer(vote, member, Choice.YES, false, beforeClosing(vote)));
        jdbc.update("UPDATE members SET points = 0 WHERE id = ?", member.id().value());

        assertThatThrownBy(() -> adapter.saveAnswer(answer(vote, member, Choice.YES, false, beforeClosing(vote))))
                .isInstanceOf(AlreadyAnsweredException.class);
    }

    @Test
    void an_answer_the_member_cannot_pay_is_refused_with_the_balance() {
        Member member = fixtures.member();
        Vote vote = fixtures.vote(creator, btc);
        jdbc.update("UPDATE members SET points = 9 WHERE id = ?", member.id().value());

        assertThatThrownBy(() -> adapter.saveAnswer(answer(vote, member, Choice.YES, false, beforeClosing(vote))))
                .isInstanceOfSatisfying(NotEnoughPointsException.class, refused -> {
                    assertThat(refused.required()).isEqualTo(10);
                    assertThat(refused.available()).isEqualTo(9);
                });
        assertThat(count("SELECT COUNT(*) FROM answers")).isZero();
        assertThat(fixtures.reload(vote).tally()).isEqualTo(Tally.EMPTY);
    }

    @Test
    void an_answer_to_a_staff_question_is_free_and_leaves_no_ledger_entry() {
        Member member = fixtures.member();
        Vote vote = fixtures.vote(fixtures.staff(), btc);
        assertThat(vote.pricing().answerCost()).isEqualTo(Points.ZERO);

        adapter.saveAnswer(answer(vote, member, Choice.NO, false, beforeClosing(vote)));

        assertThat(fixtures.points(member)).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE member_id = ?", member.id().value())).isEqualTo(1);
        assertThat(fixtures.reload(vote).tally()).isEqualTo(new Tally(0, 1, 0, 0));
    }

    @Test
    void two_hundred_members_answering_one_question_at_once_are_all_counted_exactly() throws Exception {
        Vote vote = fixtures.vote(creator, btc);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Member member = fixtures.member();
            answers.add(answer(vote, member, i % 3 == 0 ? Choice.NO : Choice.YES, i % 10 == 0, beforeClosing(vote)));
        }

        List<Throwable> failures = runAtOnce(answers.stream().<Callable<Void>>map(answer -> () -> {
            adapter.saveAnswer(answer);
            return null;
        }).toList());

        assertThat(failures).isEmpty();
        long no = answers.stream().filter(answer -> answer.choice() == Choice.NO).count();
        long whaleYes = answers.stream().filter(answer -> answer.choice() == Choice.YES && answer.whale()).count();
        long whaleNo = answers.stream().filter(answer -> answer.choice() == Choice.NO && answer.whale()).count();
        assertThat(fixtures.reload(vote).tally()).isEqualTo(new Tally(200 - no, no, whaleYes, whaleNo));
        assertThat(count("SELECT COUNT(*) FROM answers WHERE vote_id = ?", vote.id().value())).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE reason = 'ANSWER_FEE' AND amount = -10"
                + " AND balance_after = 290 AND vote_id = ?", vote.id().value())).isEqualTo(200);
        for (Answer answer : answers) {
            assertThat(fixtures.points(answer.memberId())).isEqualTo(290);
            assertThat(fixtures.ledgerSum(answer.memberId())).isEqualTo(290);
        }
    }

    @Test
    void concurrent_answers_inside_the_use_cases_own_transactions_are_all_counted_exactly() throws Exception {
        // As CastChoiceService does it: one transaction at the database's default isolation (REPEATABLE
        // READ on MySQL/MariaDB) that reads the question and the member, lets the domain decide, then saves.
        TransactionTemplate useCase = new TransactionTemplate(transactionManager);
        Vote vote = fixtures.vote(creator, btc);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            members.add(fixtures.member());
        }

        List<Throwable> failures = runAtOnce(members.stream().<Callable<Void>>map(member -> () -> useCase.execute(tx -> {
            Vote loaded = votes.loadVote(vote.id()).orElseThrow();
            Member answerer = memberAdapter.loadMember(member.id()).orElseThrow();
            boolean answered = votes.hasAnswered(vote.id(), member.id());
            adapter.saveAnswer(loaded.answer(answerer, Choice.YES, answered, Optional.empty(), beforeClosing(vote),
                    TestFixtures.RULES));
            return null;
        })).toList());

        assertThat(failures).isEmpty();
        assertThat(fixtures.reload(vote).tally()).isEqualTo(new Tally(100, 0, 0, 0));
        assertThat(count("SELECT COUNT(*) FROM point_ledger WHERE reason = 'ANSWER_FEE' AND vote_id = ?",
                vote.id().value())).isEqualTo(100);
        assertThat(members).allSatisfy(member -> assertThat(fixtures.points(member)).isEqualTo(290));
    }

    @Test
    void one_member_firing_fifty_answers_at_once_pays_for_only_what_the_balance_covers() throws Exception {
        // Answers cost 100 here: the 300 signup points pay for exactly 3 of them.
        GameRules expensive = TestFixtures.rulesWithAnswerCost(100);
        Member member = fixtures.member();
        jdbc.update("UPDATE members SET points = 100000 WHERE id = ?", creator.id().value());
        Member richCreator = fixtures.reload(creator);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Vote vote = fixtures.vote(richCreator, btc, Direction.UP, 5, Horizon.DAY, "100", TestFixtures.CREATED_AT,
                    expensive);
            answers.add(answer(vote, member, Choice.YES, false, beforeClosing(vote)));
        }

        List<Throwable> failures = runAtOnce(answers.stream().<Callable<Void>>map(answer -> () -> {
            adapter.saveAnswer(answer);
            return null;
        }).toList());

        assertThat(failures).hasSize(47).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(NotEnoughPointsException.class,
                        refused -> assertThat(refused.available()).isLessThan(100)));
        assertThat(fixtures.points(member)).isZero();
        assertThat(fixtures.ledgerSum(member.id())).isZero();
        assertThat(fixtures.ledgerChains(member.id())).isTrue();
        assertThat(count("SELECT COUNT(*) FROM answers WHERE member_id = ?", member.id().value())).isEqualTo(3);
        assertThat(count("SELECT COALESCE(SUM(participants), 0) FROM votes")).isEqualTo(3);
    }

    /** Starts every task at the same instant on its own thread; returns what they threw. */
    static List<Throwable> runAtOnce(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> future : futures) {
                try {
                    future.get(120, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException failed) {
                    failures.add(failed.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }
}
