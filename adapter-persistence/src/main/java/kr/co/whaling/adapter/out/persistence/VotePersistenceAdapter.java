package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.co.whaling.application.port.out.LoadVotePort;
import kr.co.whaling.application.port.out.SaveVotePort;
import kr.co.whaling.domain.member.MemberId;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteId;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Persistence adapter for questions: loading them, creating them (with the creator's fee) and closing them. */
@Component
public class VotePersistenceAdapter implements LoadVotePort, SaveVotePort {

    private final SpringDataVoteRepository votes;
    private final SpringDataChoiceRepository choices;
    private final VotePersistenceMapper mapper;
    private final PointLedgerStatements ledger;

    VotePersistenceAdapter(SpringDataVoteRepository votes, SpringDataChoiceRepository choices,
                           VotePersistenceMapper mapper, PointLedgerStatements ledger) {
        this.votes = votes;
        this.choices = choices;
        this.mapper = mapper;
        this.ledger = ledger;
    }

    @Override
    public Optional<Vote> loadVote(VoteId id) {
        return votes.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public boolean hasAnswered(VoteId voteId, MemberId memberId) {
        return choices.existsByVoteIdAndMemberId(voteId.value(), memberId.value());
    }

    @Override
    public List<Vote> loadVotesDueForSettlement(Instant now, long afterId, int limit) {
        return votes.findDueForSettlement(now, afterId, Limit.of(limit)).stream().map(mapper::toDomain).toList();
    }

    /**
     * The fee is taken by a conditional debit before anything is written, so a balance spent
     * meanwhile refuses the whole question.
     */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteId createVote(Vote newVote, Instant at) {
        long creator = newVote.creatorId().value();
        Points fee = newVote.pricing().creationFee();
        if (!fee.isZero() && !ledger.debitIfCovered(creator, fee.value())) {
            throw new NotEnoughPointsException(fee, Points.of(ledger.balanceOf(creator)));
        }
        VoteJpaEntity saved = votes.saveAndFlush(mapper.toNewEntity(newVote, at));
        if (!fee.isZero()) {
            ledger.appendEntry(creator, -fee.value(), PointReason.VOTE_FEE, saved.getId(), at);
        }
        return new VoteId(saved.getId());
    }

    /** READ COMMITTED: no gap locks on the due range to hold up questions created meanwhile. */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int closeVotesDueAt(Instant now) {
        return votes.closeDue(now);
    }
}
