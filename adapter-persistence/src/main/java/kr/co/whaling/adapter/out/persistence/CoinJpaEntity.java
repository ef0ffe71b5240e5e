package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code coins}: a KRW market of the catalog and its latest quote. */
@Entity
@Table(name = "coins")
@Getter
@Setter
@NoArgsConstructor
public class CoinJpaEntity {

    @Id
    @Column(name = "code", length = 15)
    private String code;

    @Column(name = "korean_name", nullable = false, length = 100)
    private String koreanName;

    @Column(name = "english_name", nullable = false, length = 100)
    private String englishName;

    @Column(name = "image_url", length = 1024)
    private String imageUrl;

    @Column(name = "latest_price", precision = 38, scale = 18)
    private BigDecimal latestPrice;

    @Column(name = "latest_price_at")
    private Instant latestPriceAt;

    @Column(name = "warning", nullable = false)
    private boolean warning;

    @Column(name = "listed", nullable = false)
    private boolean listed;
}
