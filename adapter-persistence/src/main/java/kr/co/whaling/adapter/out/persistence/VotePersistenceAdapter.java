package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Persistence adapter for questions: loading them, creating them (with the creator's fee) and closing them. */
@Component
@RequiredArgsConstructor
public class VotePersistenceAdapter implements LoadVotePort, SaveVotePort {

    private final SpringDataVoteRepository votes;
    private final VotePersistenceMapper mapper;
    private final PointLedgerStatements ledger;
    private final VoteListingStatements statements;

    /** Plain JDBC, no entity: answering changes the row with its own statements, so Hibernate has nothing to track. */
    @Override
    public Optional<Vote> loadVote(VoteId id) {
        return statements.row(id.value()).map(VoteRow::toDomain);
    }

    @Override
    public boolean hasAnswered(VoteId voteId, MemberId memberId) {
        return statements.answered(voteId.value(), memberId.value());
    }

    /** A row the domain refuses is reported with its id and the rest still returned: it never holds up the others. */
    @Override
    public VoteChunk loadVotesDueForSettlement(Instant now, long afterId, int limit) {
        List<String> unsettled = VoteState.unsettled().stream().map(Enum::name).toList();
        return chunkOf(votes.findDueForSettlement(unsettled, now, afterId, Limit.of(limit)), afterId);
    }

    @Override
    public VoteChunk loadOngoingVotesClosingFirst(int limit) {
        return chunkOf(votes.findByStateOrderByClosesAtAscIdAsc(VoteState.ONGOING.name(), Limit.of(limit)), 0);
    }

    private VoteChunk chunkOf(List<VoteJpaEntity> rows, long afterId) {
        List<Vote> due = new ArrayList<>(rows.size());
        List<SkippedItem> unreadable = new ArrayList<>();
        long lastId = afterId;
        for (VoteJpaEntity row : rows) {
            lastId = Math.max(lastId, row.getId());
            try {
                due.add(mapper.toRow(row).toDomain());
            } catch (RuntimeException e) {
                unreadable.add(new SkippedItem(SkippedItem.Kind.QUESTION, String.valueOf(row.getId()),
                        "row cannot be read as a question: " + e));
            }
        }
        return new VoteChunk(due, unreadable, lastId);
    }

    /** The fee is taken by a conditional debit first, so a balance spent meanwhile refuses the whole question. */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteId createVote(Vote newVote, Instant at) {
        long creator = newVote.creatorId().value();
        PointChange fee = newVote.creationFee();
        if (!fee.isNone() && !ledger.debitIfCovered(creator, fee.amount().value())) {
            throw new NotEnoughPointsException(fee.amount(), Points.of(ledger.balanceOf(creator)));
        }
        VoteJpaEntity saved = votes.saveAndFlush(mapper.toNewEntity(newVote, at));
        if (!fee.isNone()) {
            ledger.appendEntry(creator, fee, saved.getId(), at);
        }
        return new VoteId(saved.getId());
    }

    /** Guarded: only a question still ongoing changes. READ COMMITTED: no gap locks to hold up new questions. */
    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int saveClosing(List<Vote> closed, Instant at) {
        return closed.stream()
                .collect(Collectors.groupingBy(Vote::state, Collectors.mapping(vote -> vote.id().value(),
                        Collectors.toList())))
                .entrySet().stream()
                .mapToInt(byState -> votes.changeState(byState.getValue(), VoteState.ONGOING.name(),
                        byState.getKey().name(), at))
                .sum();
    }
}
