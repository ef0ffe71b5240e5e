package kr.co.whaling.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data access to {@code coins}. */
interface SpringDataCoinRepository extends JpaRepository<CoinJpaEntity, String> {

    /** Listed coins whose code or Korean name matches a lower-case LIKE pattern escaped with {@code !}. */
    @Query("select c from CoinJpaEntity c where c.listed = true"
            + " and (lower(c.code) like :pattern escape '!' or lower(c.koreanName) like :pattern escape '!')"
            + " order by c.code")
    List<CoinJpaEntity> searchListed(@Param("pattern") String pattern);

    List<CoinJpaEntity> findByListedTrueOrderByCode();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CoinJpaEntity c set c.listed = false where c.listed = true and c.code not in :codes")
    int unlistAllExcept(@Param("codes") Collection<String> codes);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CoinJpaEntity c set c.listed = false where c.listed = true")
    int unlistAll();
}
