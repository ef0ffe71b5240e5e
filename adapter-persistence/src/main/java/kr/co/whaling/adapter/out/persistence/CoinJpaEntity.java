package kr.co.whaling.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;

/** A row of {@code coins}: a KRW market of the catalog and its latest quote. */
@Entity
@Table(name = "coins")
@Getter
@Setter
public class CoinJpaEntity {

    @Id
    private String code;

    private String koreanName;
    private String englishName;
    private String imageUrl;
    private BigDecimal latestPrice;
    private Instant latestPriceAt;
    private boolean warning;
    private boolean listed;
}
