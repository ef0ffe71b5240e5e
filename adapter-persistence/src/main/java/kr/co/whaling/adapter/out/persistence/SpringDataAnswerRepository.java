package kr.co.whaling.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code choices}. */
interface SpringDataAnswerRepository extends JpaRepository<AnswerJpaEntity, Long> {

    boolean existsByVoteIdAndMemberId(long voteId, long memberId);
}
