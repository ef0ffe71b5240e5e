package kr.co.whaling.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code choices}. */
interface SpringDataChoiceRepository extends JpaRepository<ChoiceJpaEntity, Long> {

    boolean existsByVoteIdAndMemberId(long voteId, long memberId);
}
