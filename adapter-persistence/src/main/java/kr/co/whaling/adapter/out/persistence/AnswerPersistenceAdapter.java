package kr.co.whaling.adapter.out.persistence;

import java.sql.Types;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.VoteClosedException;
import kr.co.whaling.domain.vote.VoteState;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persistence adapter for answers, applying {@link Answer}'s tally change and fee, safe under concurrency
 * in one transaction: a tally increment guarded by the question still being ongoing (it catches a closing
 * since the domain's check, and locks the question's row first so its answers queue instead of
 * deadlocking), a debit guarded by the balance, the insert guarded by the (question, member) unique key,
 * then the ledger entry. Any refusal rolls all of it back.
 */
@Component
@RequiredArgsConstructor
public class AnswerPersistenceAdapter implements SaveAnswerPort {

    private final NamedParameterJdbcTemplate jdbc;
    private final PointLedgerStatements ledger;
    private final VoteListingStatements statements;

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void saveAnswer(Answer answer) {
        long voteId = answer.voteId().value();
        long memberId = answer.memberId().value();
        Tally added = answer.tallyChange();
        int counted = jdbc.update("UPDATE votes SET yes_count = yes_count + :yes, no_count = no_count + :no,"
                        + " whale_yes_count = whale_yes_count + :whaleYes, whale_no_count = whale_no_count + :whaleNo,"
                        + " participants = participants + :answers, updated_at = :at"
                        + " WHERE id = :vote AND state = :answerable",
                new MapSqlParameterSource("vote", voteId)
                        .addValue("yes", added.yes())
                        .addValue("no", added.no())
                        .addValue("whaleYes", added.whaleYes())
                        .addValue("whaleNo", added.whaleNo())
                        .addValue("answers", added.total())
                        .addValue("answerable", VoteState.ONGOING.name())
                        .addValue("at", UtcTimes.toDb(answer.answeredAt())));
        if (counted == 0) {
            throw new VoteClosedException(answer.voteId());
        }
        PointChange fee = answer.fee();
        Points cost = fee.amount();
        if (!fee.isNone() && !ledger.debitIfCovered(memberId, cost.value())) {
            // A duplicate answer is the more precise refusal when both apply.
            if (statements.answered(voteId, memberId)) {
                throw new AlreadyAnsweredException(answer.voteId());
            }
            throw new NotEnoughPointsException(cost, Points.of(ledger.balanceOf(memberId)));
        }
        try {
            jdbc.update("INSERT INTO answers (vote_id, member_id, choice, whale, price_at_answer, cost, result, created_at)"
                            + " VALUES (:vote, :member, :choice, :whale, :price, :cost, :result, :at)",
                    new MapSqlParameterSource("vote", voteId)
                            .addValue("member", memberId)
                            .addValue("choice", answer.choice().name())
                            .addValue("whale", answer.whale())
                            .addValue("price", answer.priceAtAnswer().map(Price::value).orElse(null),
                                    Types.DECIMAL)
                            .addValue("cost", cost.value())
                            .addValue("result", answer.result().name())
                            .addValue("at", UtcTimes.toDb(answer.answeredAt())));
        } catch (DuplicateKeyException duplicate) {
            AlreadyAnsweredException refused = new AlreadyAnsweredException(answer.voteId());
            refused.initCause(duplicate);
            throw refused;
        }
        if (!fee.isNone()) {
            ledger.appendEntry(memberId, fee, voteId, answer.answeredAt());
        }
    }
}
