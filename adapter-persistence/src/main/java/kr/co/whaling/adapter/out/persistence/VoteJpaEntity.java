package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/**
 * A row of {@code votes}: a question, its schedule, pricing, tallies and, once settled, the evidence
 * and verdicts. Tallies and state change only through guarded set-based statements, never by
 * saving this entity over a concurrent change.
 */
@Entity
@Table(name = "votes")
@Getter
@Setter
public class VoteJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String coinCode;
    private long creatorId;
    private boolean official;
    private String direction;
    private int rangePercent;
    private String horizon;
    private BigDecimal createdPrice;
    private String state;
    private Instant createdAt;
    private Instant closesAt;
    private Instant settlesAt;
    private long creationFee;
    private long answerCost;
    private long reward;
    private long yesCount;
    private long noCount;
    private long whaleYesCount;
    private long whaleNoCount;
    private long participants;
    private BigDecimal settlementPrice;
    private Instant settlementCandleStart;
    private String outcome;
    private Boolean crowdVerdict;
    private Boolean whaleVerdict;

    @Column(name = "tracked_at")
    private Instant settledAt;

    private Instant voidedAt;
    private Instant updatedAt;
    private Integer baseRateYesWindows;
    private Integer baseRateWindows;
    private Double baseRateLow;
    private Double baseRateHigh;
}
