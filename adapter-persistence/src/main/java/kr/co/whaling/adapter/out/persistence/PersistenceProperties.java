package kr.co.whaling.adapter.out.persistence;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the persistence adapter ({@code whaling.persistence.*}).
 *
 * @param listingTotalTtl how long the total of a public listing ({@code X-Total-Count} of {@code GET /votes})
 *                        is reused for the same filter before it is counted again, 2 s by default; the
 *                        total may lag the database by that long. Zero counts on every request.
 */
@ConfigurationProperties("whaling.persistence")
public record PersistenceProperties(@DefaultValue("2s") Duration listingTotalTtl) {

    public PersistenceProperties {
        Objects.requireNonNull(listingTotalTtl, "whaling.persistence.listing-total-ttl");
        if (listingTotalTtl.isNegative()) {
            throw new IllegalArgumentException(
                    "whaling.persistence.listing-total-ttl must not be negative: " + listingTotalTtl);
        }
    }
}
