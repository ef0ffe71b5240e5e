package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Spring Data access to {@code votes}. The listings select each question with its coin and its
 * creator's nickname in one statement ({@link VoteRow}), whatever the page size. A member's own
 * listings join in one go: the database starts from that member's entries of
 * {@code ix_votes_creator_state_created} or {@code ix_choices_member_created} (the member is one
 * primary key), so it never reads more than that member's questions. The public listing has its
 * own statements ({@link VoteListingStatements}).
 */
interface SpringDataVoteRepository extends JpaRepository<VoteJpaEntity, Long> {

    String ROW = "select new kr.co.whaling.adapter.out.persistence.VoteRow(v, c, m.nickname)"
            + " from VoteJpaEntity v join CoinJpaEntity c on c.code = v.coinCode"
            + " join MemberJpaEntity m on m.id = v.creatorId";

    @Query("select v from VoteJpaEntity v where v.state in ('ONGOING', 'FINISHED') and v.settlesAt <= :now"
            + " and v.id > :afterId order by v.id")
    List<VoteJpaEntity> findDueForSettlement(@Param("now") Instant now, @Param("afterId") long afterId, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VoteJpaEntity v set v.state = 'FINISHED', v.updatedAt = :now"
            + " where v.state = 'ONGOING' and v.closesAt <= :now")
    int closeDue(@Param("now") Instant now);

    @Query(ROW + " where v.id = :id")
    List<VoteRow> findRowById(@Param("id") long id);

    @Query(value = ROW + " where v.creatorId = :member and v.state in :states order by v.createdAt desc, v.id desc",
            countQuery = "select count(v) from VoteJpaEntity v where v.creatorId = :member and v.state in :states")
    Page<VoteRow> findCreated(@Param("member") long member, @Param("states") Collection<String> states,
                              Pageable pageable);

    @Query(value = "select new kr.co.whaling.adapter.out.persistence.ParticipatedVoteRow(v, c, m.nickname, ch)"
            + " from ChoiceJpaEntity ch join VoteJpaEntity v on v.id = ch.voteId"
            + " join CoinJpaEntity c on c.code = v.coinCode join MemberJpaEntity m on m.id = v.creatorId"
            + " where ch.memberId = :member and v.state in :states order by ch.createdAt desc, ch.id desc",
            countQuery = "select count(ch) from ChoiceJpaEntity ch join VoteJpaEntity v on v.id = ch.voteId"
                    + " where ch.memberId = :member and v.state in :states")
    Page<ParticipatedVoteRow> findParticipated(@Param("member") long member,
                                               @Param("states") Collection<String> states, Pageable pageable);

    @Query("select v.state, count(v) from VoteJpaEntity v where v.creatorId = :member group by v.state")
    List<Object[]> countCreatedByState(@Param("member") long member);

    @Query("select v.state, count(ch) from ChoiceJpaEntity ch join VoteJpaEntity v on v.id = ch.voteId"
            + " where ch.memberId = :member group by v.state")
    List<Object[]> countParticipatedByState(@Param("member") long member);

    /** Per coin and horizon: settled questions with a crowd/whale verdict, and how many were right. */
    @Query("select v.coinCode, v.horizon,"
            + " sum(case when v.crowdVerdict = true then 1 else 0 end), count(v.crowdVerdict),"
            + " sum(case when v.whaleVerdict = true then 1 else 0 end), count(v.whaleVerdict)"
            + " from VoteJpaEntity v where v.state = 'TRACKED' group by v.coinCode, v.horizon")
    List<Object[]> countVerdicts();
}
