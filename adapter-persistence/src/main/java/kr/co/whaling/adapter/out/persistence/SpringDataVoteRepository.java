package kr.co.whaling.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data access to {@code votes} (the listings use {@link VoteListingStatements}). */
interface SpringDataVoteRepository extends JpaRepository<VoteJpaEntity, Long> {

    @Query("select v from VoteJpaEntity v where v.state in :states and v.settlesAt <= :now"
            + " and v.id > :afterId order by v.id")
    List<VoteJpaEntity> findDueForSettlement(@Param("states") Collection<String> states, @Param("now") Instant now,
                                             @Param("afterId") long afterId, Limit limit);

    List<VoteJpaEntity> findByStateOrderByClosesAtAscIdAsc(String state, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VoteJpaEntity v set v.state = :to, v.updatedAt = :at where v.id in :ids and v.state = :from")
    int changeState(@Param("ids") Collection<Long> ids, @Param("from") String from, @Param("to") String to,
                    @Param("at") Instant at);

    @Query("select v.state, count(v) from VoteJpaEntity v where v.creatorId = :member group by v.state")
    List<Object[]> countCreatedByState(@Param("member") long member);

    @Query(value = "SELECT v.state, COUNT(*) FROM answers ch JOIN votes v ON v.id = ch.vote_id"
            + " WHERE ch.member_id = :member GROUP BY v.state", nativeQuery = true)
    List<Object[]> countParticipatedByState(@Param("member") long member);

    /** Per coin and horizon: settled questions with a crowd/whale verdict, and how many were right. */
    @Query("select v.coinCode, v.horizon,"
            + " sum(case when v.crowdVerdict = true then 1 else 0 end), count(v.crowdVerdict),"
            + " sum(case when v.whaleVerdict = true then 1 else 0 end), count(v.whaleVerdict)"
            + " from VoteJpaEntity v where v.state = :settled group by v.coinCode, v.horizon")
    List<Object[]> countVerdicts(@Param("settled") String settled);
}
