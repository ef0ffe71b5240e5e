package kr.co.whaling.adapter.out.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.SaveCoinsPort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.PriceQuote;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Persistence adapter for the coin catalog and the latest quotes. */
@Component
@RequiredArgsConstructor
public class CoinPersistenceAdapter implements LoadCoinPort, SaveCoinsPort {

    private final SpringDataCoinRepository coins;
    private final CoinPersistenceMapper mapper;
    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public Optional<Coin> loadCoin(CoinCode code) {
        return coins.findById(code.value()).map(mapper::toDomain);
    }

    @Override
    public List<Coin> searchListedCoins(String text) {
        String pattern = LikePatterns.containsIgnoringCase(text);
        List<CoinJpaEntity> found = pattern == null ? coins.findByListedTrueOrderByCode() : coins.searchListed(pattern);
        return found.stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional
    public void saveCatalog(List<Market> listedMarkets, Set<CoinCode> alsoListed) {
        Map<String, Market> byCode = listedMarkets.stream()
                .collect(Collectors.toMap(market -> market.code().value(), Function.identity(), (first, second) -> second));
        Map<String, CoinJpaEntity> known = coins.findAllById(byCode.keySet()).stream()
                .collect(Collectors.toMap(CoinJpaEntity::getCode, Function.identity()));
        byCode.forEach((code, market) -> {
            CoinJpaEntity entity = known.get(code);
            if (entity == null) {
                coins.save(mapper.toNewEntity(market));
            } else {
                mapper.refresh(market, entity);
            }
        });
        Set<String> stillListed = new HashSet<>(byCode.keySet());
        alsoListed.forEach(code -> stillListed.add(code.value()));
        if (stillListed.isEmpty()) {
            coins.unlistAll();
        } else {
            coins.unlistAllExcept(stillListed);
        }
    }

    /** One batch; the guard on the stored time keeps a late, older quote from replacing a newer one. */
    @Override
    @Transactional
    public void saveLatestPrices(Collection<PriceQuote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = quotes.stream()
                .map(quote -> new MapSqlParameterSource("code", quote.code().value())
                        .addValue("price", quote.price().value())
                        .addValue("at", UtcTimes.toDb(quote.at())))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("UPDATE coins SET latest_price = :price, latest_price_at = :at WHERE code = :code"
                + " AND (latest_price_at IS NULL OR latest_price_at < :at)", batch);
    }
}
