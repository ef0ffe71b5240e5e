package kr.co.whaling.adapter.out.persistence;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.SideSettlement;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.VoteState;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persistence adapter applying settlements and voidings as the domain decided them, set-based: a guarded
 * claim of the question, then a constant number of statements whatever its number of answers. Every value
 * written comes from the domain's {@link SideSettlement}s and {@link Settlement#calibration()}; the
 * statements only say where it goes. Idempotent: the claim succeeds once, each ledger cause is unique.
 *
 * <p>On MySQL and MariaDB one statement updates every answer and member of the question (each side's values
 * picked by the answer's choice), locking members in the answers' key order; H2 takes the sides one by one.
 * READ COMMITTED: no gap locks for concurrent answers to other questions to queue behind.
 */
@Component
@RequiredArgsConstructor
public class SettlementPersistenceAdapter implements ApplySettlementPort {

    private static final String CLAIM_GUARD = " WHERE id = :vote AND state IN (:unsettled)";
    /** VALUES(column): see DailyClosePersistenceAdapter. */
    private static final String CALIBRATION_UPSERT = "INSERT INTO calibration_buckets (coin_code, horizon, tenth,"
            + " questions, resolved_yes, crowd_squared_errors, with_base_rate, base_rate_squared_errors)"
            + " VALUES (:coin, :horizon, :tenth, :questions, :resolvedYes, :crowd, :withBaseRate, :baseRate)"
            + " ON DUPLICATE KEY UPDATE questions = questions + VALUES(questions),"
            + " resolved_yes = resolved_yes + VALUES(resolved_yes),"
            + " crowd_squared_errors = crowd_squared_errors + VALUES(crowd_squared_errors),"
            + " with_base_rate = with_base_rate + VALUES(with_base_rate),"
            + " base_rate_squared_errors = base_rate_squared_errors + VALUES(base_rate_squared_errors)";
    private static final String LEDGER_INSERT =
            "INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)";

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final PointLedgerStatements ledger;

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean applySettlement(Settlement settlement) {
        MapSqlParameterSource claim = claim(settlement.voteId(), settlement.state(), settlement.settledAt())
                .addValue("outcome", settlement.outcome().answer().name())
                .addValue("price", settlement.evidence().close().value())
                .addValue("candleStart", UtcTimes.toDb(settlement.evidence().start()))
                .addValue("crowd", settlement.crowdVerdict().orElse(null), Types.BOOLEAN)
                .addValue("whale", settlement.whaleVerdict().orElse(null), Types.BOOLEAN);
        if (jdbc.update("UPDATE votes SET state = :state, outcome = :outcome, settlement_price = :price,"
                + " settlement_candle_start = :candleStart, crowd_verdict = :crowd, whale_verdict = :whale,"
                + " tracked_at = :at, updated_at = :at" + CLAIM_GUARD, claim) == 0) {
            return false;
        }
        applySides(settlement.voteId().value(), settlement.sides(), settlement.settledAt());
        settlement.calibration().ifPresent(bucket -> jdbc.update(CALIBRATION_UPSERT,
                new MapSqlParameterSource("coin", settlement.terms().coin().value())
                        .addValue("horizon", settlement.terms().horizon().name())
                        .addValue("tenth", bucket.tenth())
                        .addValue("questions", bucket.questions())
                        .addValue("resolvedYes", bucket.resolvedYes())
                        .addValue("crowd", bucket.crowdSquaredErrors())
                        .addValue("withBaseRate", bucket.withBaseRate())
                        .addValue("baseRate", bucket.baseRateSquaredErrors())));
        return true;
    }

    /** Answers are refunded before the creator's fee: a creator who answered gets two entries, consecutive balances. */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean applyVoiding(Voiding voiding) {
        if (jdbc.update("UPDATE votes SET state = :state, voided_at = :at, updated_at = :at" + CLAIM_GUARD,
                claim(voiding.voteId(), voiding.state(), voiding.voidedAt())) == 0) {
            return false;
        }
        long voteId = voiding.voteId().value();
        applySides(voteId, voiding.sides(), voiding.voidedAt());
        PointChange refund = voiding.creatorRefund();
        if (!refund.isNone()) {
            long creator = voiding.creatorId().value();
            ledger.credit(creator, refund.signedAmount());
            ledger.appendEntry(creator, refund, voteId, voiding.voidedAt());
        }
        return true;
    }

    private static MapSqlParameterSource claim(VoteId vote, VoteState state, Instant at) {
        return new MapSqlParameterSource("vote", vote.value())
                .addValue("state", state.name())
                .addValue("unsettled", VoteState.unsettled().stream().map(Enum::name).toList())
                .addValue("at", UtcTimes.toDb(at));
    }

    private void applySides(long voteId, List<SideSettlement> sides, Instant at) {
        if (dialect.supportsMultiTableUpdate()) {
            applyBothSidesAtOnce(voteId, sides, at);
        } else {
            sides.forEach(side -> applySide(voteId, side, at));
        }
    }

    private void applyBothSidesAtOnce(long voteId, List<SideSettlement> sides, Instant at) {
        MapSqlParameterSource params = new MapSqlParameterSource("vote", voteId).addValue("at", UtcTimes.toDb(at));
        for (int i = 0; i < sides.size(); i++) {
            bindSide(params, String.valueOf(i), voteId, sides.get(i));
        }
        Function<String, String> perSide = name -> IntStream.range(0, sides.size())
                .mapToObj(i -> " WHEN :choice" + i + " THEN :" + name + i)
                .collect(Collectors.joining("", "CASE a.choice", " END"));
        jdbc.update("UPDATE answers a JOIN members m ON m.id = a.member_id SET a.result = " + perSide.apply("result")
                + ", m.right_count = m.right_count + " + perSide.apply("right")
                + ", m.wrong_count = m.wrong_count + " + perSide.apply("wrong")
                + ", m.points = m.points + " + perSide.apply("credit")
                + ", m.skill_answers = m.skill_answers + " + perSide.apply("skillAnswers")
                + ", m.skill_right = m.skill_right + " + perSide.apply("skillRight")
                + ", m.skill_expected_hits = m.skill_expected_hits + " + perSide.apply("expectedHits")
                + " WHERE a.vote_id = :vote", params);
        if (sides.stream().anyMatch(side -> !side.credit().isNone())) {
            // After the credit, under the locks it took: m.points is each member's balance after it.
            jdbc.update(LEDGER_INSERT + " SELECT a.member_id, " + perSide.apply("credit") + ", "
                    + perSide.apply("reason") + ", a.vote_id, m.points, " + perSide.apply("cause") + ", :at"
                    + " FROM answers a JOIN members m ON m.id = a.member_id"
                    + " WHERE a.vote_id = :vote AND " + perSide.apply("credit") + " <> 0", params);
        }
    }

    private void applySide(long voteId, SideSettlement side, Instant at) {
        MapSqlParameterSource params = bindSide(new MapSqlParameterSource("vote", voteId)
                .addValue("at", UtcTimes.toDb(at)), "", voteId, side);
        String sideAnswers = " FROM answers a WHERE a.vote_id = :vote AND a.choice = :choice";
        jdbc.update("UPDATE answers SET result = :result WHERE vote_id = :vote AND choice = :choice", params);
        jdbc.update("UPDATE members SET right_count = right_count + :right, wrong_count = wrong_count + :wrong,"
                + " points = points + :credit, skill_answers = skill_answers + :skillAnswers,"
                + " skill_right = skill_right + :skillRight, skill_expected_hits = skill_expected_hits + :expectedHits"
                + " WHERE id IN (SELECT a.member_id" + sideAnswers + ")", params);
        if (!side.credit().isNone()) {
            jdbc.update(LEDGER_INSERT + " SELECT a.member_id, :credit, :reason, a.vote_id, m.points, :cause, :at"
                    + " FROM answers a JOIN members m ON m.id = a.member_id"
                    + " WHERE a.vote_id = :vote AND a.choice = :choice", params);
        }
    }

    private static MapSqlParameterSource bindSide(MapSqlParameterSource params, String suffix, long voteId,
                                                  SideSettlement side) {
        return params.addValue("choice" + suffix, side.choice().name())
                .addValue("result" + suffix, side.result().name())
                .addValue("right" + suffix, side.rightAnswers())
                .addValue("wrong" + suffix, side.wrongAnswers())
                .addValue("credit" + suffix, side.credit().signedAmount())
                .addValue("reason" + suffix, side.credit().reason().name())
                .addValue("cause" + suffix, CauseKey.of(side.credit().reason(), voteId))
                .addValue("skillAnswers" + suffix, side.skill().answers())
                .addValue("skillRight" + suffix, side.skill().right())
                .addValue("expectedHits" + suffix, side.skill().expectedHits());
    }
}
