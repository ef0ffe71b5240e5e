package kr.co.whaling.application.coin.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.contract.RecordedExchange.Failure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The price-source contract kit: what every implementation of the price-source ports promises,
 * written once as abstract JUnit 5 tests and run against each source. There is one contract per port:
 * {@link LoadMarketsPortContract}, {@link LoadCurrentPricesPortContract},
 * {@link LoadPriceNowPortContract}, {@link LoadPriceAtPortContract} and
 * {@link LoadDailyClosesPortContract}; each checks exactly the promises of its port's Javadoc.
 *
 * <h2>How to add your price source</h2>
 * <ol>
 *   <li>Depend on {@code application}'s test-jar in test scope (with JUnit 5 and AssertJ).</li>
 *   <li>For each port your source implements, write a test class {@code ...ContractTest} that extends
 *       the port's contract and implements the one hook {@link #sourceOf(RecordedExchange)}: make your
 *       source hold exactly what the {@link RecordedExchange} holds (stub the fake server, write the
 *       files, ...) and return the port under test. Make it fail the way
 *       {@link RecordedExchange#failure()} says when it says so: {@code DOWN} (unreachable, refusing),
 *       {@code NONSENSE} (an answer not in its format at all) or {@code HANGING} (an answer only after
 *       {@link RecordedExchange#HANG}). A source that reads a clock reads
 *       {@link RecordedExchange#now()}.</li>
 *   <li>A source that cannot fail some way at all (files on a local disk do not hang) overrides
 *       {@link #failuresItCanHave()}; the tests of the other failures are then reported as skipped,
 *       never passed.</li>
 *   <li>Keep the deadlines of the source under test well below {@link RecordedExchange#HANG}: the
 *       contract checks that a hanging source is given up before it answers.</li>
 * </ol>
 * The CSV source ({@code adapter-csv}) and Upbit over WireMock ({@code adapter-upbit}) are worked
 * examples.
 *
 * @param <P> the port under test
 */
public abstract class PriceSourceContract<P> {

    /**
     * The hook: the port under test, serving exactly what {@code exchange} holds, at its
     * {@link RecordedExchange#now()}, failing as its {@link RecordedExchange#failure()} says. Called
     * once per test, after the test recorded everything.
     */
    protected abstract P sourceOf(RecordedExchange exchange);

    /** The ways this source can fail at all; every {@link Failure} unless overridden. */
    protected Set<Failure> failuresItCanHave() {
        return EnumSet.allOf(Failure.class);
    }

    /** The source over {@code exchange} failing as {@code how}; the test is skipped when it cannot fail so. */
    protected final P failingSource(RecordedExchange exchange, Failure how) {
        assumeTrue(failuresItCanHave().contains(how), () -> "this source cannot fail as " + how);
        return sourceOf(exchange.failing(how));
    }

    /**
     * Checks that a call to a source failing as {@code how} throws {@link PriceSourceUnavailableException}
     * (nothing else: no client exception, no empty answer) and, when the source hangs, in time.
     */
    protected static void assertUnavailable(Failure how, ThrowingCallable call) {
        long started = System.nanoTime();
        assertThatThrownBy(call).isInstanceOf(PriceSourceUnavailableException.class);
        assertGivenUpInTime(how, started);
    }

    /** Runs a call to a source failing as {@code how}, checks it ended in time, and returns its answer. */
    protected static <T> T givenUpInTime(Failure how, Supplier<T> call) {
        long started = System.nanoTime();
        T answer = call.get();
        assertGivenUpInTime(how, started);
        return answer;
    }

    private static void assertGivenUpInTime(Failure how, long startedNanos) {
        if (how == Failure.HANGING) {
            assertThat(Duration.ofNanos(System.nanoTime() - startedNanos))
                    .as("a hanging source is given up before it answers").isLessThan(RecordedExchange.HANG);
        }
    }
}
