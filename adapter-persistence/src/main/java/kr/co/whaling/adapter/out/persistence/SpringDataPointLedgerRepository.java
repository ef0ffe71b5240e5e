package kr.co.whaling.adapter.out.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code point_ledger}. */
interface SpringDataPointLedgerRepository extends JpaRepository<PointLedgerJpaEntity, Long> {

    Page<PointLedgerJpaEntity> findByMemberIdOrderByIdDesc(long memberId, Pageable pageable);
}
