package kr.co.whaling.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code choices}. */
interface SpringDataChoiceRepository extends JpaRepository<ChoiceJpaEntity, Long> {

    boolean existsByVoteIdAndMemberId(long voteId, long memberId);

    Optional<ChoiceJpaEntity> findByVoteIdAndMemberId(long voteId, long memberId);
}
