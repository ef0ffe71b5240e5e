package kr.co.whaling.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.co.whaling.WhalingApplication;
import kr.co.whaling.application.vote.port.in.SettleDueVotesUseCase;
import kr.co.whaling.bootstrap.job.VoteLifecycleJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two app instances on one database, both running the settlement job at the same moment, and
 * both running the settlement use case itself (as a batch tool would, without the job's lock):
 * every question is settled and paid exactly once.
 */
class TwoInstancesSystemTest extends SystemTestBase {

    @Autowired
    SettleDueVotesUseCase settleDueVotes;

    @Test
    void two_instances_settling_at_once_pay_every_right_answer_once() throws Exception {
        String alice = login(4001);
        String bob = login(4002);
        pricesAre("100000000");
        List<Long> votes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long voteId = createVote(alice, "{\"coin_code\": \"BTC\", \"duration\": \"day\", \"range\": 5, \"comment\": \"up\"}");
            answer(bob, voteId, 1);
            votes.add(voteId);
        }
        CLOCK.set(START.plus(Duration.ofDays(1)).plusSeconds(5));
        fakes.btcCandle(START.plus(Duration.ofDays(1)), "106000000");

        Map<String, Object> properties = appProperties();
        properties.put("server.port", "0");
        // As command-line arguments, so they win over application.yml like the first instance's do.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(
                WhalingApplication.class, ControllableClock.class).run(arguments)) {
            VoteLifecycleJob secondJob = second.getBean(VoteLifecycleJob.class);
            SettleDueVotesUseCase secondSettle = second.getBean(SettleDueVotesUseCase.class);
            runAtOnce(List.of(
                    () -> { voteLifecycleJob.run(); return null; },
                    () -> { secondJob.run(); return null; },
                    () -> settleDueVotes.settleDueVotes(),
                    () -> secondSettle.settleDueVotes()));
        }

        bob = login(4002);
        assertThat(points(bob)).isEqualTo(300 - 4 * 10 + 4 * 20);
        JsonNode profile = api.get("/user", bob).json();
        assertThat(profile.get("right_count").asLong()).isEqualTo(4);
        JsonNode ledger = api.get("/user/points?size=50", bob).json();
        long rewards = 0;
        for (JsonNode entry : ledger) {
            if (entry.get("reason").asString().equals("reward")) {
                rewards++;
            }
        }
        assertThat(rewards).isEqualTo(4);
        for (long voteId : votes) {
            assertThat(api.get("/votes/" + voteId, null).json().get("state").asString()).isEqualTo("tracked");
        }
    }

    private static void runAtOnce(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
