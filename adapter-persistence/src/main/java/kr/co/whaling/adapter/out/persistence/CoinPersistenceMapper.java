package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Market;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Maps coins between {@link CoinJpaEntity} rows, the exchange's {@link Market}s and the domain's {@link Coin}. */
@Mapper(componentModel = "spring")
interface CoinPersistenceMapper {

    @Mapping(target = "code", source = "code.value")
    @Mapping(target = "listed", constant = "true")
    @Mapping(target = "latestPrice", ignore = true)
    @Mapping(target = "latestPriceAt", ignore = true)
    CoinJpaEntity toNewEntity(Market market);

    /** What a listing refreshes of a known coin: names, image, warning; it is listed again. */
    @Mapping(target = "code", ignore = true)
    @Mapping(target = "listed", constant = "true")
    @Mapping(target = "latestPrice", ignore = true)
    @Mapping(target = "latestPriceAt", ignore = true)
    void refresh(Market market, @MappingTarget CoinJpaEntity entity);

    default Coin toDomain(CoinJpaEntity entity) {
        CoinCode code = new CoinCode(entity.getCode());
        PriceQuote quote = entity.getLatestPrice() == null || entity.getLatestPriceAt() == null
                ? null
                : new PriceQuote(code, new Price(entity.getLatestPrice()), entity.getLatestPriceAt());
        return Coin.restore(code, entity.getKoreanName(), entity.getEnglishName(), entity.getImageUrl(),
                entity.isWarning(), entity.isListed(), quote);
    }
}
