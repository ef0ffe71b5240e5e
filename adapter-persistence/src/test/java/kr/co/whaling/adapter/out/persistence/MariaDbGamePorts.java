package kr.co.whaling.adapter.out.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.contract.GameLedgerProbe;
import kr.co.whaling.application.contract.GamePorts;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The MariaDB adapters as the game contracts see them ({@link GamePorts}), with a plain-JDBC
 * {@link GameLedgerProbe} reading the ledger and the answers as stored, and plain SQL for the two
 * set-up steps no port writes (a coin in the catalog, a staff member).
 */
@TestComponent
class MariaDbGamePorts implements GamePorts, GameLedgerProbe {

    private final MemberPersistenceAdapter members;
    private final VotePersistenceAdapter votes;
    private final AnswerPersistenceAdapter answers;
    private final SettlementPersistenceAdapter settlements;
    private final JdbcTemplate jdbc;

    MariaDbGamePorts(MemberPersistenceAdapter members, VotePersistenceAdapter votes, AnswerPersistenceAdapter answers,
                     SettlementPersistenceAdapter settlements, JdbcTemplate jdbc) {
        this.members = members;
        this.votes = votes;
        this.answers = answers;
        this.settlements = settlements;
        this.jdbc = jdbc;
    }

    /** These ports on a test database emptied of every row: each contract test's fresh game. */
    MariaDbGamePorts emptyGame() {
        TestDatabase.deleteAllRows(jdbc.getDataSource());
        return this;
    }

    @Override
    public SaveMemberPort saveMemberPort() {
        return members;
    }

    @Override
    public LoadMemberPort loadMemberPort() {
        return members;
    }

    @Override
    public SaveVotePort saveVotePort() {
        return votes;
    }

    @Override
    public LoadVotePort loadVotePort() {
        return votes;
    }

    @Override
    public SaveAnswerPort saveAnswerPort() {
        return answers;
    }

    @Override
    public ApplySettlementPort applySettlementPort() {
        return settlements;
    }

    @Override
    public GameLedgerProbe probe() {
        return this;
    }

    @Override
    public void listCoin(CoinCode coin) {
        jdbc.update("INSERT INTO coins (code, korean_name, english_name) VALUES (?, ?, ?)", coin.value(),
                coin.value(), coin.value());
    }

    @Override
    public void makeStaff(MemberId member) {
        jdbc.update("UPDATE members SET staff = TRUE WHERE id = ?", member.value());
    }

    @Override
    public List<PointLedgerEntry> ledgerOf(MemberId member) {
        return jdbc.query("SELECT amount, reason, vote_id, balance_after, created_at FROM point_ledger"
                        + " WHERE member_id = ? ORDER BY id",
                (row, index) -> new PointLedgerEntry(member, row.getLong("amount"),
                        PointReason.valueOf(row.getString("reason")),
                        Optional.ofNullable(row.getObject("vote_id", Long.class)).map(VoteId::new).orElse(null),
                        row.getLong("balance_after"),
                        UtcTimes.fromDb(row.getObject("created_at", LocalDateTime.class))),
                member.value());
    }

    @Override
    public List<Answer> answersTo(VoteId vote) {
        return jdbc.query("SELECT member_id, choice, whale, cost, price_at_answer, result, created_at FROM answers"
                        + " WHERE vote_id = ? ORDER BY id",
                (row, index) -> new Answer(vote, new MemberId(row.getLong("member_id")),
                        Choice.valueOf(row.getString("choice")), row.getBoolean("whale"),
                        Points.of(row.getLong("cost")),
                        Optional.ofNullable(row.getBigDecimal("price_at_answer")).map(Price::new),
                        UtcTimes.fromDb(row.getObject("created_at", LocalDateTime.class)),
                        AnswerResult.valueOf(row.getString("result"))),
                vote.value());
    }
}
