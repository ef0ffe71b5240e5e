package kr.co.whaling.batch;

import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;

/**
 * The price sources of the jar: the Upbit adapter for {@code upbit}, the CSV adapter for
 * {@code csv:DIR}.
 *
 * <p>INTEGRATION POINT. Both adapters' daily-closes implementations are written on other branches;
 * until they are merged this build says so and exits {@value WhalingBatch#FAILED}. Once merged, the
 * two branches below become (and the module's pom gains the {@code adapter-csv} dependency):
 * <pre>{@code
 * case UPBIT -> UpbitPriceAdapter.create(UpbitProperties.defaults-or-all-null)   // implements LoadDailyClosesPort
 * case CSV -> new CsvPriceAdapter(source.directory())                           // implements LoadDailyClosesPort
 * }</pre>
 * (an all-null {@code new UpbitProperties(null, ...)} takes every default of {@code whaling.upbit.*}).
 */
public final class AdapterPriceSources implements PriceSources {

    @Override
    public LoadDailyClosesPort dailyCloses(PriceSource source) {
        switch (source.kind()) {
            // INTEGRATION: return UpbitPriceAdapter.create(new UpbitProperties(null, ..., null));
            case UPBIT -> throw notWired("Upbit's daily closes (adapter-upbit)");
            // INTEGRATION: return new CsvPriceAdapter(source.directory()); from adapter-csv
            case CSV -> throw notWired("recorded daily closes in CSV files (adapter-csv)");
            default -> throw new IllegalStateException("unknown source " + source);
        }
    }

    private static CannotRunException notWired(String what) {
        return new CannotRunException("this build cannot read " + what + " yet");
    }
}
