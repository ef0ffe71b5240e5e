package kr.co.whaling.adapter.out.persistence;

import java.sql.Types;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Voiding;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persistence adapter applying settlements and voidings, set-based: a guarded claim of the question,
 * then a constant number of statements whatever its number of answers (no answer is ever loaded
 * into memory, no member's history is ever rescanned). Idempotent twice over: the claim succeeds
 * once, and each ledger entry's cause is unique per member.
 *
 * <p>Members are updated in the order of the answers' (question, member) key, i.e. by ascending
 * member id, so two settlements sharing members lock them in the same order. READ COMMITTED keeps
 * InnoDB from taking gap locks that concurrent answers to other questions would queue behind.
 */
@Component
public class SettlementPersistenceAdapter implements ApplySettlementPort {

    private static final String CLAIM_GUARD = " WHERE id = :vote AND state IN ('ONGOING', 'FINISHED')";

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final PointLedgerStatements ledger;

    SettlementPersistenceAdapter(NamedParameterJdbcTemplate jdbc, SqlDialect dialect, PointLedgerStatements ledger) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.ledger = ledger;
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean applySettlement(Settlement settlement) {
        long voteId = settlement.voteId().value();
        String outcome = settlement.outcome().answer().name();
        long reward = settlement.rewardPerRightAnswer().value();
        MapSqlParameterSource params = new MapSqlParameterSource("vote", voteId)
                .addValue("outcome", outcome)
                .addValue("price", settlement.evidence().close().value())
                .addValue("candleStart", UtcTimes.toDb(settlement.evidence().start()))
                .addValue("crowd", settlement.crowdVerdict().orElse(null), Types.BOOLEAN)
                .addValue("whale", settlement.whaleVerdict().orElse(null), Types.BOOLEAN)
                .addValue("reward", reward)
                .addValue("at", UtcTimes.toDb(settlement.settledAt()))
                .addValue("causeKey", CauseKey.of(PointReason.REWARD, voteId));
        int claimed = jdbc.update("UPDATE votes SET state = 'TRACKED', outcome = :outcome, settlement_price = :price,"
                + " settlement_candle_start = :candleStart, crowd_verdict = :crowd, whale_verdict = :whale,"
                + " tracked_at = :at, updated_at = :at" + CLAIM_GUARD, params);
        if (claimed == 0) {
            return false;
        }
        if (dialect.supportsMultiTableUpdate()) {
            jdbc.update("UPDATE answers c JOIN members m ON m.id = c.member_id SET"
                    + " c.result = CASE WHEN c.choice = :outcome THEN 'RIGHT' ELSE 'WRONG' END,"
                    + " m.right_count = m.right_count + CASE WHEN c.choice = :outcome THEN 1 ELSE 0 END,"
                    + " m.wrong_count = m.wrong_count + CASE WHEN c.choice = :outcome THEN 0 ELSE 1 END,"
                    + " m.points = m.points + CASE WHEN c.choice = :outcome THEN :reward ELSE 0 END"
                    + " WHERE c.vote_id = :vote", params);
        } else {
            jdbc.update("UPDATE answers SET result = CASE WHEN choice = :outcome THEN 'RIGHT' ELSE 'WRONG' END"
                    + " WHERE vote_id = :vote", params);
            jdbc.update("UPDATE members SET right_count = right_count + 1, points = points + :reward"
                    + " WHERE id IN (SELECT member_id FROM answers WHERE vote_id = :vote AND choice = :outcome)", params);
            jdbc.update("UPDATE members SET wrong_count = wrong_count + 1"
                    + " WHERE id IN (SELECT member_id FROM answers WHERE vote_id = :vote AND choice <> :outcome)", params);
        }
        if (reward > 0) {
            // After the credit, under the locks it took: m.points is each member's balance after the reward.
            jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                    + " SELECT c.member_id, :reward, 'REWARD', c.vote_id, m.points, :causeKey, :at"
                    + " FROM answers c JOIN members m ON m.id = c.member_id"
                    + " WHERE c.vote_id = :vote AND c.choice = :outcome", params);
        }
        return true;
    }

    /**
     * Answers are refunded before the creator's fee, so a creator who also answered gets both refunds
     * as two entries (distinct causes) with consecutive balances.
     */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean applyVoiding(Voiding voiding) {
        long voteId = voiding.voteId().value();
        long cost = voiding.answerCostRefund().value();
        MapSqlParameterSource params = new MapSqlParameterSource("vote", voteId)
                .addValue("cost", cost)
                .addValue("at", UtcTimes.toDb(voiding.voidedAt()))
                .addValue("causeKey", CauseKey.of(PointReason.ANSWER_FEE_REFUND, voteId));
        int claimed = jdbc.update("UPDATE votes SET state = 'VOIDED', voided_at = :at, updated_at = :at" + CLAIM_GUARD,
                params);
        if (claimed == 0) {
            return false;
        }
        if (cost > 0 && dialect.supportsMultiTableUpdate()) {
            jdbc.update("UPDATE answers c JOIN members m ON m.id = c.member_id"
                    + " SET c.result = 'REFUNDED', m.points = m.points + :cost WHERE c.vote_id = :vote", params);
        } else {
            jdbc.update("UPDATE answers SET result = 'REFUNDED' WHERE vote_id = :vote", params);
            if (cost > 0) {
                jdbc.update("UPDATE members SET points = points + :cost"
                        + " WHERE id IN (SELECT member_id FROM answers WHERE vote_id = :vote)", params);
            }
        }
        if (cost > 0) {
            jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                    + " SELECT c.member_id, :cost, 'ANSWER_FEE_REFUND', c.vote_id, m.points, :causeKey, :at"
                    + " FROM answers c JOIN members m ON m.id = c.member_id WHERE c.vote_id = :vote", params);
        }
        long fee = voiding.creationFeeRefund().value();
        if (fee > 0) {
            long creator = voiding.creatorId().value();
            ledger.credit(creator, fee);
            ledger.appendEntry(creator, fee, PointReason.VOTE_FEE_REFUND, voteId, voiding.voidedAt());
        }
        return true;
    }
}
