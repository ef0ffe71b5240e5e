package kr.co.whaling.batch;

import java.time.Clock;
import kr.co.whaling.adapter.out.csv.CsvPriceAdapter;
import kr.co.whaling.adapter.out.upbit.UpbitPriceAdapter;
import kr.co.whaling.adapter.out.upbit.UpbitProperties;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;

/** The jar's price sources: the Upbit adapter with its defaults for {@code upbit}, the CSV one for {@code csv:DIR}. */
public final class AdapterPriceSources implements PriceSources {

    @Override
    public LoadDailyClosesPort dailyCloses(PriceSource source) {
        return switch (source.kind()) {
            case UPBIT -> UpbitPriceAdapter.create(UpbitProperties.defaults());
            case CSV -> CsvPriceAdapter.create(source.directory(), Clock.systemUTC());
        };
    }
}
