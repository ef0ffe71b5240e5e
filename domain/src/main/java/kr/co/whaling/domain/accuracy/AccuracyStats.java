package kr.co.whaling.domain.accuracy;

import java.util.Map;
import java.util.Objects;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.terms.Horizon;

/** How often the crowd and the whales were right: overall, per coin and per horizon. */
public record AccuracyStats(Breakdown overall, Map<CoinCode, Breakdown> byCoin, Map<Horizon, Breakdown> byHorizon) {

    /** The crowd's and the whales' service accuracy over one set of settled questions. */
    public record Breakdown(ServiceAccuracy crowd, ServiceAccuracy whale) {
        public static final Breakdown NONE = new Breakdown(ServiceAccuracy.NONE, ServiceAccuracy.NONE);

        public Breakdown {
            Objects.requireNonNull(crowd, "crowd");
            Objects.requireNonNull(whale, "whale");
        }
    }

    public AccuracyStats {
        Objects.requireNonNull(overall, "overall");
        byCoin = Map.copyOf(byCoin);
        byHorizon = Map.copyOf(byHorizon);
    }
}
