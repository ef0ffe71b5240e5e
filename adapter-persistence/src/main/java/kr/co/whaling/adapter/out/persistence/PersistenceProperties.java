package kr.co.whaling.adapter.out.persistence;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the persistence adapter ({@code whaling.persistence.*}).
 *
 * @param listingTotalTtl how long a public listing's total ({@code X-Total-Count}) is reused per filter
 *                        (it may lag the database by that long); zero counts on every request
 * @param listingPageTtl  how long a public listing's page is reused per filter, order and page (never the
 *                        viewer's own answers); zero reads it on every request
 */
@ConfigurationProperties("whaling.persistence")
public record PersistenceProperties(@DefaultValue("2s") Duration listingTotalTtl,
                                    @DefaultValue("1s") Duration listingPageTtl) {

    public PersistenceProperties {
        requireNotNegative(listingTotalTtl, "whaling.persistence.listing-total-ttl");
        requireNotNegative(listingPageTtl, "whaling.persistence.listing-page-ttl");
    }

    private static void requireNotNegative(Duration ttl, String property) {
        Objects.requireNonNull(ttl, property);
        if (ttl.isNegative()) {
            throw new IllegalArgumentException(property + " must not be negative: " + ttl);
        }
    }
}
