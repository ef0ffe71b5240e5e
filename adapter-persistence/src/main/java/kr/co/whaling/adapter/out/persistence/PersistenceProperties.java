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
 * @param listingPageTtl  how long a page of the public listing (its questions, their tallies, coins and
 *                        creators) is reused for the same filter, order and page before it is read again,
 *                        1 s by default; what every viewer sees of a question may lag the database by that
 *                        long, never the viewer's own answers, which are read on every request. Zero reads
 *                        the page on every request.
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
