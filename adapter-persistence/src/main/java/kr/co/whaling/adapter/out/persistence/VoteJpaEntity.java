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
import lombok.NoArgsConstructor;
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
@NoArgsConstructor
public class VoteJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coin_code", nullable = false, length = 15)
    private String coinCode;

    @Column(name = "creator_id", nullable = false)
    private long creatorId;

    @Column(name = "official", nullable = false)
    private boolean official;

    @Column(name = "direction", nullable = false, length = 8)
    private String direction;

    @Column(name = "range_percent", nullable = false)
    private int rangePercent;

    @Column(name = "horizon", nullable = false, length = 8)
    private String horizon;

    @Column(name = "created_price", nullable = false, precision = 38, scale = 18)
    private BigDecimal createdPrice;

    @Column(name = "state", nullable = false, length = 10)
    private String state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "settles_at", nullable = false)
    private Instant settlesAt;

    @Column(name = "creation_fee", nullable = false)
    private long creationFee;

    @Column(name = "answer_cost", nullable = false)
    private long answerCost;

    @Column(name = "reward", nullable = false)
    private long reward;

    @Column(name = "yes_count", nullable = false)
    private long yesCount;

    @Column(name = "no_count", nullable = false)
    private long noCount;

    @Column(name = "whale_yes_count", nullable = false)
    private long whaleYesCount;

    @Column(name = "whale_no_count", nullable = false)
    private long whaleNoCount;

    @Column(name = "participants", nullable = false)
    private long participants;

    @Column(name = "settlement_price", precision = 38, scale = 18)
    private BigDecimal settlementPrice;

    @Column(name = "settlement_candle_start")
    private Instant settlementCandleStart;

    @Column(name = "outcome", length = 3)
    private String outcome;

    @Column(name = "crowd_verdict")
    private Boolean crowdVerdict;

    @Column(name = "whale_verdict")
    private Boolean whaleVerdict;

    @Column(name = "tracked_at")
    private Instant settledAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "base_rate_yes_windows")
    private Integer baseRateYesWindows;

    @Column(name = "base_rate_windows")
    private Integer baseRateWindows;

    @Column(name = "base_rate_low")
    private Double baseRateLow;

    @Column(name = "base_rate_high")
    private Double baseRateHigh;
}
