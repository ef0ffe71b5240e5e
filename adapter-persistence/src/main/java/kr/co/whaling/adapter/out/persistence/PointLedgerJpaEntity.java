package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A row of {@code point_ledger}: one change of a member's points. {@code causeKey} is unique per
 * member and names what caused the entry, so nothing is paid or charged twice.
 */
@Entity
@Table(name = "point_ledger")
@Getter
@Setter
@NoArgsConstructor
public class PointLedgerJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "reason", nullable = false, length = 20)
    private String reason;

    @Column(name = "vote_id")
    private Long voteId;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    @Column(name = "cause_key", nullable = false, length = 64)
    private String causeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
