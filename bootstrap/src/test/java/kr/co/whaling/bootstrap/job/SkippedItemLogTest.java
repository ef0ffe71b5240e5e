package kr.co.whaling.bootstrap.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import kr.co.whaling.application.shared.SkippedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SkippedItemLogTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SkippedItemLog skipped = new SkippedItemLog(registry);

    private double count(String kind) {
        return registry.get(SkippedItemLog.METER).tag("kind", kind).counter().count();
    }

    @Test
    void every_skip_is_counted_by_kind_and_each_item_is_logged_once(CapturedOutput output) {
        SkippedItem huge = new SkippedItem(SkippedItem.Kind.TICKER, "KRW-HUGE", "too many digits");
        SkippedItem corrupt = new SkippedItem(SkippedItem.Kind.QUESTION, "42", "unknown direction");

        for (int run = 0; run < 3; run++) {
            skipped.report(List.of(huge, corrupt));
        }

        assertThat(count("ticker")).isEqualTo(3);
        assertThat(count("question")).isEqualTo(3);
        assertThat(count("market")).isZero();
        assertThat(output.getOut().split("Skipped ticker KRW-HUGE: too many digits", -1)).hasSize(2);
        assertThat(output.getOut().split("Skipped question 42: unknown direction", -1)).hasSize(2);
    }

    @Test
    void items_of_the_same_name_but_another_kind_are_logged_apart(CapturedOutput output) {
        skipped.report(List.of(new SkippedItem(SkippedItem.Kind.MARKET, "KRW-X", "name too long"),
                new SkippedItem(SkippedItem.Kind.TICKER, "KRW-X", "price 0")));

        assertThat(output.getOut()).contains("Skipped market KRW-X: name too long", "Skipped ticker KRW-X: price 0");
    }
}
