package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/**
 * A row of {@code point_ledger}: one change of a member's points. {@code causeKey} is unique per
 * member and names what caused the entry, so nothing is paid or charged twice.
 */
@Entity
@Table(name = "point_ledger")
@Getter
@Setter
public class PointLedgerJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;
    private long amount;
    private String reason;
    private Long voteId;
    private long balanceAfter;
    private String causeKey;
    private Instant createdAt;
}
