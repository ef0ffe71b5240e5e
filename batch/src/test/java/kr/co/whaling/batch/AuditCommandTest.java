package kr.co.whaling.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.AnswerPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.CoinPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.MemberPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.SettlementPersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.VotePersistenceAdapter;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabaseInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * audit on the real test database (MariaDB here): a game played through the persistence adapters is
 * clean; each kind of corruption planted in it is found, named and exits 1. Each corruption is planted
 * so that it breaks one invariant only (a balance moved with its ledger entry, for one), which proves
 * the audit names the right one and nothing else.
 */
@SpringBootTest(classes = PersistenceAdapters.class, properties = {
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.open-in-view=false",
        "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AuditCommandTest {

    @Autowired
    private MemberPersistenceAdapter members;
    @Autowired
    private CoinPersistenceAdapter coins;
    @Autowired
    private VotePersistenceAdapter votes;
    @Autowired
    private AnswerPersistenceAdapter answers;
    @Autowired
    private SettlementPersistenceAdapter settlements;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    private Game game;

    @BeforeEach
    void playACleanGame() {
        TestDatabase.deleteAllRows(dataSource);
        game = new Game(members, coins, votes, answers, settlements, jdbc);
    }

    @Test
    void a_game_played_by_the_rules_has_no_discrepancy() {
        Run run = audit();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(WhalingBatch.OK);
        assertThat(run.out()).contains("members: 5   ledger entries: 18")
                .contains("questions: 4 (ongoing 1, finished 0, tracked 2, voided 1)   answers: 7")
                .contains("No discrepancy.");
        // What each invariant was checked on: 5 members, 4 questions, 7 answers, 3 right answers with a
        // reward, 2 settled questions, 1 refunded answer.
        assertThat(checkedCount(run, Invariant.BALANCE_IS_LEDGER_SUM)).isEqualTo(5);
        assertThat(checkedCount(run, Invariant.TALLY_IS_ANSWERS)).isEqualTo(4);
        assertThat(checkedCount(run, Invariant.ANSWER_RESULT_FROM_QUESTION)).isEqualTo(7);
        assertThat(checkedCount(run, Invariant.RIGHT_ANSWER_REWARDED_ONCE)).isEqualTo(3);
        assertThat(checkedCount(run, Invariant.OUTCOME_FROM_EVIDENCE)).isEqualTo(2);
        assertThat(checkedCount(run, Invariant.VOIDED_ANSWER_REFUNDED_ONCE)).isEqualTo(1);
        assertThat(checkedCount(run, Invariant.ROW_IS_VALID)).isEqualTo(4 + 7);
        assertThat(points(game.alice)).isEqualTo(260);
        assertThat(points(game.bob)).isEqualTo(290);
    }

    @Test
    void a_balance_off_its_ledger_is_found() {
        jdbc.update("UPDATE members SET points = points + 5 WHERE id = ?", game.id(game.bob));

        assertFinds(audit(), Invariant.BALANCE_IS_LEDGER_SUM,
                "member " + game.id(game.bob) + " has 295 points, but their 5 ledger entries sum to 290");
    }

    @Test
    void a_negative_balance_is_found_even_when_the_ledger_agrees() {
        // Dave's 290 points taken by an entry no rule allows: the ledger sums to -10, like the balance.
        jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                + " VALUES (?, -300, 'ANSWER_FEE', NULL, -10, 'PLANTED', NOW())", game.id(game.dave));
        jdbc.update("UPDATE members SET points = -10 WHERE id = ?", game.id(game.dave));

        assertFinds(audit(), Invariant.BALANCE_NOT_NEGATIVE,
                "member " + game.id(game.dave) + ": points cannot be negative: -10");
    }

    @Test
    void a_counter_off_the_settled_answers_is_found() {
        jdbc.update("UPDATE members SET right_count = right_count + 1 WHERE id = ?", game.id(game.carol));

        assertFinds(audit(), Invariant.COUNTERS_ARE_SETTLED_ANSWERS, "member " + game.id(game.carol)
                + " counts 1 right and 1 wrong, but their settled answers are 0 right and 1 wrong");
    }

    @Test
    void a_tally_off_the_answers_is_found() {
        jdbc.update("UPDATE votes SET no_count = no_count + 1, participants = participants + 1 WHERE id = ?",
                game.id(game.open));

        assertFinds(audit(), Invariant.TALLY_IS_ANSWERS, "question " + game.id(game.open)
                + " counts yes 1, no 1, whale yes 0, whale no 0, participants 2; its answers are yes 1, no 0,"
                + " whale yes 0, whale no 0, participants 1");
    }

    @Test
    void a_stored_outcome_its_price_evidence_does_not_give_is_found() {
        jdbc.update("UPDATE votes SET outcome = 'NO' WHERE id = ?", game.id(game.up));

        assertFinds(audit(), Invariant.OUTCOME_FROM_EVIDENCE, "question " + game.id(game.up)
                + " keeps outcome NO, but UP 5% from 100 to 106 (target 105) is YES");
    }

    @Test
    void a_settlement_price_changed_afterwards_is_found() {
        // 190 -> 170 turns the official question's NO into YES: every answer and reward now disagrees too.
        jdbc.update("UPDATE votes SET settlement_price = 170 WHERE id = ?", game.id(game.official));

        Run run = audit();

        assertThat(run.exitCode()).isEqualTo(WhalingBatch.DISCREPANCIES);
        assertThat(run.out()).contains("OUTCOME_FROM_EVIDENCE: question " + game.id(game.official)
                + " keeps outcome NO, but DOWN 10% from 200 to 170 (target 180) is YES");
    }

    @Test
    void a_missing_reward_is_found() {
        jdbc.update("DELETE FROM point_ledger WHERE member_id = ? AND vote_id = ? AND reason = 'REWARD'",
                game.id(game.bob), game.id(game.up));
        jdbc.update("UPDATE members SET points = points - 20 WHERE id = ?", game.id(game.bob));

        assertFinds(audit(), Invariant.RIGHT_ANSWER_REWARDED_ONCE, "member " + game.id(game.bob)
                + "'s answer to question " + game.id(game.up) + " (YES, RIGHT) has REWARD entered 0 times,"
                + " 0 points in all; its question's settlement (YES) gives it once, 20 points");
    }

    @Test
    void a_duplicated_reward_is_found() {
        // Under another cause key: the ledger's unique key stops an identical one.
        jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                + " VALUES (?, 30, 'REWARD', ?, 290, 'REWARD-AGAIN', NOW())", game.id(game.bob), game.id(game.official));
        jdbc.update("UPDATE members SET points = points + 30 WHERE id = ?", game.id(game.bob));

        assertFinds(audit(), Invariant.RIGHT_ANSWER_REWARDED_ONCE, "member " + game.id(game.bob)
                + "'s answer to question " + game.id(game.official) + " (NO, RIGHT) has REWARD entered 2 times,"
                + " 60 points in all; its question's settlement (NO) gives it once, 30 points");
    }

    @Test
    void a_reward_for_a_wrong_answer_or_for_no_answer_is_found() {
        jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                + " VALUES (?, 20, 'REWARD', ?, 310, 'REWARD:planted', NOW())", game.id(game.carol), game.id(game.up));
        jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                + " VALUES (?, 20, 'REWARD', ?, 320, 'REWARD:planted', NOW())", game.id(game.erin), game.id(game.up));
        jdbc.update("UPDATE members SET points = points + 20 WHERE id IN (?, ?)", game.id(game.carol),
                game.id(game.erin));

        Run run = audit();

        assertThat(discrepancies(run)).containsExactly(
                "RIGHT_ANSWER_REWARDED_ONCE: member " + game.id(game.carol) + "'s answer to question "
                        + game.id(game.up) + " (NO, WRONG) has REWARD entered once, 20 points in all;"
                        + " its question's settlement (YES) gives none",
                "RIGHT_ANSWER_REWARDED_ONCE: member " + game.id(game.erin) + " has REWARD for question "
                        + game.id(game.up) + " entered once, 20 points in all, without an answer to it");
    }

    @Test
    void an_answer_of_a_voided_question_not_refunded_is_found() {
        jdbc.update("DELETE FROM point_ledger WHERE member_id = ? AND vote_id = ? AND reason = 'ANSWER_FEE_REFUND'",
                game.id(game.carol), game.id(game.voided));
        jdbc.update("UPDATE members SET points = points - 10 WHERE id = ?", game.id(game.carol));

        assertFinds(audit(), Invariant.VOIDED_ANSWER_REFUNDED_ONCE, "member " + game.id(game.carol)
                + "'s answer to question " + game.id(game.voided) + " (NO, REFUNDED) has ANSWER_FEE_REFUND entered"
                + " 0 times, 0 points in all; its question's voiding gives it once, 10 points");
    }

    @Test
    void an_answer_result_its_question_does_not_give_is_found() {
        jdbc.update("UPDATE answers SET result = 'RIGHT' WHERE vote_id = ? AND member_id = ?", game.id(game.open),
                game.id(game.dave));

        assertFinds(audit(), Invariant.ANSWER_RESULT_FROM_QUESTION, "member " + game.id(game.dave)
                + "'s answer to question " + game.id(game.open) + " (YES) is RIGHT, but its question's pending state"
                + " makes it PENDING");
    }

    @Test
    void a_row_no_rule_allows_is_reported_and_the_others_are_still_audited() {
        jdbc.update("UPDATE votes SET direction = 'SIDEWAYS' WHERE id = ?", game.id(game.open));
        jdbc.update("UPDATE members SET points = points + 1 WHERE id = ?", game.id(game.erin));

        Run run = audit();

        assertThat(discrepancies(run)).containsExactly(
                "BALANCE_IS_LEDGER_SUM: member " + game.id(game.erin) + " has 301 points, but their 1 ledger entries"
                        + " sum to 300",
                "ROW_IS_VALID: question " + game.id(game.open) + ": No enum constant"
                        + " kr.co.whaling.domain.terms.Direction.SIDEWAYS");
    }

    @Test
    void the_audit_reads_in_a_transaction_the_database_keeps_read_only() throws SQLException {
        TestDatabase database = TestDatabase.get();
        try (Connection connection = ReadOnlySnapshot.open(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE members SET points = 0"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("READ ONLY");
        }
        assertThat(points(game.alice)).isEqualTo(260);
    }

    @Test
    void bad_arguments_are_usage_errors_and_an_unreachable_database_is_one_line() {
        Run notJdbc = Run.of(given -> null, Clock.systemUTC(), "audit", "--db-url", "postgres://x/whaling", "--user",
                "whaling", "--password", "whaling");
        assertThat(notJdbc.exitCode()).isEqualTo(WhalingBatch.USAGE);
        assertThat(notJdbc.err()).contains("--db-url must be a jdbc:mariadb: or jdbc:mysql: URL")
                .contains("Usage: whaling-batch audit");

        Run noUser = Run.of(given -> null, Clock.systemUTC(), "audit", "--db-url", TestDatabase.get().jdbcUrl());
        assertThat(noUser.exitCode()).isEqualTo(WhalingBatch.USAGE);
        assertThat(noUser.err()).contains("Missing required options: '--password', '--user=USER'");

        Run refused = Run.of(given -> null, Clock.systemUTC(), "audit", "--db-url", TestDatabase.get().jdbcUrl(),
                "--user", "whaling", "--password", "not-the-password");
        assertThat(refused.exitCode()).isEqualTo(WhalingBatch.FAILED);
        assertThat(refused.err()).startsWith("audit: cannot read the database at " + TestDatabase.get().jdbcUrl()
                + " as whaling: ").contains("Access denied").doesNotContain("\tat ");
        assertThat(refused.err().lines().count()).isEqualTo(1);
    }

    private Run audit() {
        TestDatabase database = TestDatabase.get();
        return Run.of(given -> null, Clock.systemUTC(), "audit", "--db-url", database.jdbcUrl(), "--user",
                database.username(), "--password", database.password());
    }

    /** The run found exactly one discrepancy, of this invariant, with this detail. */
    private static void assertFinds(Run run, Invariant invariant, String detail) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(WhalingBatch.DISCREPANCIES);
        assertThat(discrepancies(run)).containsExactly(invariant + ": " + detail);
        assertThat(run.out()).contains("1 discrepancy:");
    }

    private static List<String> discrepancies(Run run) {
        return run.out().lines().filter(line -> line.startsWith("  ")).map(String::strip).toList();
    }

    private static long checkedCount(Run run, Invariant invariant) {
        String line = run.out().lines().filter(text -> text.startsWith(invariant.description())).findFirst()
                .orElseThrow();
        String[] columns = line.substring(invariant.description().length()).strip().split("\\s+");
        return Long.parseLong(columns[0].replace(",", ""));
    }

    private long points(kr.co.whaling.domain.member.Member member) {
        return jdbc.queryForObject("SELECT points FROM members WHERE id = ?", Long.class, member.id().value());
    }
}
