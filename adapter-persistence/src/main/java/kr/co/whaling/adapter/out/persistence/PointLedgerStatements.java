package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single-member balance statements. A ledger entry's {@code balance_after} is read from the row this
 * transaction just changed (and holds locked), so the balance always equals the sum of the entries.
 */
@Component
@RequiredArgsConstructor
class PointLedgerStatements {

    private final NamedParameterJdbcTemplate jdbc;

    /** Takes {@code amount} points if the balance covers them; false (nothing changed) otherwise. */
    boolean debitIfCovered(long memberId, long amount) {
        return jdbc.update("UPDATE members SET points = points - :amount WHERE id = :id AND points >= :amount",
                new MapSqlParameterSource("id", memberId).addValue("amount", amount)) == 1;
    }

    void credit(long memberId, long amount) {
        jdbc.update("UPDATE members SET points = points + :amount WHERE id = :id",
                new MapSqlParameterSource("id", memberId).addValue("amount", amount));
    }

    long balanceOf(long memberId) {
        List<Long> balance = jdbc.queryForList("SELECT points FROM members WHERE id = :id",
                new MapSqlParameterSource("id", memberId), Long.class);
        if (balance.isEmpty()) {
            throw new NotFoundException("member", new MemberId(memberId));
        }
        return balance.get(0);
    }

    /** The entry of a change just made to the member's balance. */
    void appendEntry(long memberId, PointChange change, long voteId, Instant at) {
        PointReason reason = change.reason();
        jdbc.update("INSERT INTO point_ledger (member_id, amount, reason, vote_id, balance_after, cause_key, created_at)"
                        + " SELECT id, :amount, :reason, :voteId, points, :causeKey, :at FROM members WHERE id = :id",
                new MapSqlParameterSource("id", memberId)
                        .addValue("amount", change.signedAmount())
                        .addValue("reason", reason.name())
                        .addValue("voteId", voteId)
                        .addValue("causeKey", CauseKey.of(reason, voteId))
                        .addValue("at", UtcTimes.toDb(at)));
    }
}
