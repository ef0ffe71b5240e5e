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

/** A row of {@code answers}: one member's answer to one question and, after settlement, its result. */
@Entity
@Table(name = "answers")
@Getter
@Setter
@NoArgsConstructor
public class AnswerJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false)
    private long voteId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "choice", nullable = false, length = 3)
    private String choice;

    @Column(name = "whale", nullable = false)
    private boolean whale;

    @Column(name = "price_at_answer", precision = 38, scale = 18)
    private BigDecimal priceAtAnswer;

    @Column(name = "cost", nullable = false)
    private long cost;

    @Column(name = "result", nullable = false, length = 8)
    private String result;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
