package kr.co.whaling.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class AppCpuTest {

    @Test
    void addsUserAndSystemTimeCountingFieldsAfterTheCommandName() {
        // proc(5): pid (comm) state ppid ... field 14 utime, field 15 stime; comm may hold ") (".
        String line = "4242 (java (main) x) S 1 4242 4242 0 -1 4194304 123 0 0 0 1500 250 0 0 20 0 40 0 99 0 0";
        assertThat(AppCpu.ticks(line)).isEqualTo(1_750);
    }

    @Test
    void readsARunningProcessAndSeesItsTimeGrow() {
        AppCpu self = new AppCpu(ProcessHandle.current().pid());
        long before = self.ticks();
        long spin = System.nanoTime();
        double sink = 0;
        while (System.nanoTime() - spin < 300_000_000L) {
            sink += Math.sqrt(sink + 1);
        }
        assertThat(sink).isPositive();
        assertThat(self.ticks()).isGreaterThan(before);
    }

    @Test
    void saysSoWhenTheProcessIsGone() {
        assertThatThrownBy(() -> new AppCpu(Integer.MAX_VALUE).ticks()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("has the app exited");
    }
}
