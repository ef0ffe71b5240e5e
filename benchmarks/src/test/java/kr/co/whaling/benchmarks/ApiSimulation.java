package kr.co.whaling.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The open-model API benchmark (run by benchmarks/api.sh): requests arrive at a constant rate
 * (Poisson arrivals, one request per virtual user) whatever the earlier ones do, so queueing shows in
 * the latencies instead of slowing the load down. For each endpoint ({@link Endpoint}) in turn: a
 * warm-up at one rate, reported in windows, then a ladder of rates, each step measured on its own;
 * the steps run one after the other (Gatling's andThen: a step starts when the previous one's last
 * request has come back), separated by marks that stamp the time and the app's CPU ticks. Each step
 * records its own requests' response times and failures ({@link Step}), so its figures are its own
 * (Gatling 3.14 keeps its statistics inside the HTML report, which shows the same requests under the
 * same names); {@link ApiReport} turns them into the output lines when the run ends.
 *
 * <p>Once a measured step is overloaded ({@link Step#overloaded()}), the endpoint's higher rates are
 * skipped: their users still arrive but send nothing, so an endpoint far past its capacity does not
 * queue minutes of requests that would spill into the next endpoint's figures.
 *
 * <p>Virtual users share one connection pool: a new arrival reuses an idle keep-alive connection, as
 * the browsers of many members would each keep theirs, and a new connection opens only when all are
 * busy; otherwise every request would pay a TCP connect and Tomcat's accept, and the floor would be
 * the connection's cost, not the framework's.
 */
public class ApiSimulation extends Simulation {

    private static final String AUTH = "auth";
    private static final String VOTE = "vote";
    private static final String CHOICE = "choice";
    private static final String RESPONSE_TIME = "responseTime";
    private static final String STATUS = "status";
    private static final String SENT_AT = "sentAt";
    private static final String SESSION_MILLIS = "sessionMillis";
    private static final String SESSION_FAILED = "sessionFailed";
    private static final String DRAIN_ROUND = "drainRound";
    private static final String DRAINED = "drained";
    /** The app has worked off what it had queued when its health check answers within this. */
    private static final long DRAINED_MILLIS = 100;
    /** How many one-second rounds of waiting for the app to drain, at most, before a step starts anyway. */
    private static final int DRAIN_ROUNDS = 60;

    /** The session's calls as the frontend sends them (spec/api.md), by the names its lines and the report use. */
    static final List<String> SESSION_CALLS = List.of("GET:/votes", "GET:/user", "GET:/acc-percent", "GET:/coins",
            "GET:/votes/{id}", "POST:/votes/{id}/choice/", "GET:/user/created-votes", "GET:/user/participated-votes");

    private final BenchSettings settings = BenchSettings.from(System.getProperties());
    private final AppCpu cpu = new AppCpu(settings.appPid());
    private final List<String> bearers = bearers(settings.tokensFile(), settings.dataSet().members());
    private final FirstAnswers firstAnswers = new FirstAnswers(settings.dataSet());
    private final AtomicLong listings = new AtomicLong();
    private final List<Step> steps = new ArrayList<>();
    private final Set<Endpoint> overloaded = ConcurrentHashMap.newKeySet();

    /** The plan: every endpoint's warm-up windows and ladder, chained with a mark before, between and after. */
    public ApiSimulation() {
        for (Endpoint endpoint : settings.endpoints()) {
            boolean session = endpoint == Endpoint.SESSION;
            long window = settings.window().toSeconds();
            for (long offset = 0; offset < settings.warmup().toSeconds(); offset += window) {
                long length = Math.min(window, settings.warmup().toSeconds() - offset);
                steps.add(new Step(Step.Kind.WARMUP, endpoint,
                        session ? settings.sessionWarmupRate() : settings.warmupRate(), Duration.ofSeconds(length), offset,
                        session ? SESSION_CALLS : List.of()));
            }
            for (int rate : session ? settings.sessionRates() : settings.rates()) {
                steps.add(new Step(Step.Kind.MEASURED, endpoint, rate, settings.step(), 0,
                        session ? SESSION_CALLS : List.of()));
            }
        }
        List<PopulationBuilder> populations = new ArrayList<>();
        for (int i = 0; i <= steps.size(); i++) {
            Step before = i > 0 ? steps.get(i - 1) : null;
            Step after = i < steps.size() ? steps.get(i) : null;
            populations.add(mark(i, before, after));
            if (after != null) {
                populations.add(scenario(after.name())
                        .exec(session -> {
                            after.arrived();
                            return session;
                        })
                        .doIf(session -> !after.skipped()).then(body(after))
                        .injectOpen(constantUsersPerSec(after.rate()).during(after.length()).randomized()));
            }
        }
        PopulationBuilder chain = populations.get(populations.size() - 1);
        for (int i = populations.size() - 2; i >= 0; i--) {
            chain = populations.get(i).andThen(chain);
        }
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                .shareConnections()
                .disableWarmUp()
                .disableCaching()
                .acceptHeader("application/json")
                .userAgentHeader("whaling-benchmark");
        setUp(chain).protocols(protocol);
    }

    /** Writes the run's lines (report.txt), notes for a person (notes.txt) and each step's timings (steps.tsv). */
    @Override
    public void after() {
        List<String> timings = new ArrayList<>();
        timings.add(Step.HEADER);
        steps.forEach(step -> timings.add(step.tsv()));
        ApiReport report = ApiReport.of(steps.stream().map(step -> step.result(settings.clockTicks())).toList());
        try {
            Files.createDirectories(settings.outDir());
            Files.write(settings.outDir().resolve("steps.tsv"), timings, StandardCharsets.UTF_8);
            Files.write(settings.outDir().resolve("notes.txt"), report.notes(), StandardCharsets.UTF_8);
            Files.write(settings.outDir().resolve("report.txt"), report.lines(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One user that ends {@code before} (time, CPU, and whether it overloaded its endpoint); then,
     * before a measured step or an endpoint's first warm-up window, waits for the app to drain and
     * pauses for it to settle (before a measured step); then starts {@code after}.
     */
    private PopulationBuilder mark(int index, Step before, Step after) {
        ScenarioBuilder mark = scenario("mark " + index).exec(session -> {
            if (before != null) {
                before.ended(System.currentTimeMillis(), cpuTicks());
                if (before.kind() == Step.Kind.MEASURED && before.overloaded()) {
                    overloaded.add(before.endpoint());
                }
            }
            return session;
        });
        if (after != null && (after.kind() == Step.Kind.MEASURED || after.offsetSeconds() == 0)) {
            mark = mark.exec(drain(after));
        }
        if (after != null && after.kind() == Step.Kind.MEASURED && !settings.gap().isZero()) {
            mark = mark.pause(settings.gap());
        }
        mark = mark.exec(session -> {
            if (after != null) {
                after.started(System.currentTimeMillis(), cpuTicks(),
                        after.kind() == Step.Kind.MEASURED && overloaded.contains(after.endpoint()));
            }
            return session;
        });
        return mark.injectOpen(atOnceUsers(1));
    }

    /**
     * Waits, a second at a time, until the app's health check answers within {@link #DRAINED_MILLIS}:
     * when the previous step overloaded the app, its clients gave up (timeouts) but the app still
     * works off what it had accepted, and that would otherwise land in the next step's figures. These
     * health checks show in the HTML report as "drain", in no step's figures.
     */
    private ChainBuilder drain(Step after) {
        return exec(session -> session.set(DRAIN_ROUND, 0).set(DRAINED, false))
                .asLongAs(session -> !session.getBoolean(DRAINED) && session.getInt(DRAIN_ROUND) < DRAIN_ROUNDS).on(
                        exec(http("drain").get("/actuator/health").check(responseTimeInMillis().saveAs(RESPONSE_TIME)))
                                .exec(session -> session.set(DRAIN_ROUND, session.getInt(DRAIN_ROUND) + 1)
                                        .set(DRAINED, session.contains(RESPONSE_TIME)
                                                && session.getLong(RESPONSE_TIME) <= DRAINED_MILLIS)
                                        .remove(RESPONSE_TIME))
                                .doIf(session -> !session.getBoolean(DRAINED)).then(pause(Duration.ofSeconds(1))))
                .exec(session -> {
                    after.drained(session.getBoolean(DRAINED));
                    return session;
                });
    }

    private long cpuTicks() {
        try {
            return cpu.ticks();
        } catch (UncheckedIOException e) {
            return -1; // ApiReport prints no CPU figure for the step
        }
    }

    private ChainBuilder body(Step step) {
        String name = step.name();
        return switch (step.endpoint()) {
            case HEALTH -> call(step, null, http(name).get("/actuator/health"), 200);
            case LIST -> exec(session -> session.set(AUTH, bearer(listings.getAndIncrement())))
                    .exec(call(step, null, http(name).get("/votes?page=0&size=20").header("Authorization", "#{auth}"), 200));
            case GET -> exec(session -> session
                    .set(AUTH, bearer(ThreadLocalRandom.current().nextLong(settings.dataSet().members())))
                    .set(VOTE, 1 + ThreadLocalRandom.current().nextLong(settings.dataSet().votes())))
                    .exec(call(step, null, http(name).get("/votes/#{vote}").header("Authorization", "#{auth}"), 200));
            case ANSWER -> exec(this::firstAnswer)
                    .exec(call(step, null, http(name).post("/votes/#{vote}/choice").header("Authorization", "#{auth}")
                            .header("Content-Type", "application/json")
                            .body(StringBody("{\"choice\":#{choice}}")), 201));
            case SKILL -> call(step, null, http(name).get("/leaderboard?order=skill&size=20"), 200);
            case CALIBRATION -> exec(session -> session.set(AUTH, bearer(listings.getAndIncrement())))
                    .exec(call(step, null, http(name).get("/stats/calibration").header("Authorization", "#{auth}"), 200));
            case SESSION -> session(step);
        };
    }

    /**
     * The frontend's real calls (spec/api.md, "The frontend's real calls"), paths and bodies as it
     * sends them, by one member: the main page's four calls, a question's page, an answer to it (a
     * first answer), then "my page"; with a pause to read between pages. Without CORS preflights: a
     * browser caches them.
     */
    private ChainBuilder session(Step step) {
        Function<String, HttpRequestActionBuilder> get = call ->
                http(step.name() + " " + call).get(call.substring("GET:".length())).header("Authorization", "#{auth}");
        return exec(this::firstAnswer)
                .exec(session -> session.set(SESSION_MILLIS, 0L).set(SESSION_FAILED, false))
                .group(step.name()).on(
                        exec(call(step, "GET:/votes", get.apply("GET:/votes"), 200))
                                .exec(call(step, "GET:/user", get.apply("GET:/user"), 200))
                                .exec(call(step, "GET:/acc-percent", get.apply("GET:/acc-percent"), 200))
                                .exec(call(step, "GET:/coins", get.apply("GET:/coins"), 200))
                                .pause(settings.think())
                                .exec(call(step, "GET:/votes/{id}", http(step.name() + " GET:/votes/{id}")
                                        .get("/votes/#{vote}").header("Authorization", "#{auth}"), 200))
                                .pause(settings.think())
                                .exec(call(step, "POST:/votes/{id}/choice/", http(step.name() + " POST:/votes/{id}/choice/")
                                        .post("/votes/#{vote}/choice/").header("Authorization", "#{auth}")
                                        .header("Content-Type", "application/json")
                                        .body(StringBody("{\"choice\":#{choice}}")), 201))
                                .pause(settings.think())
                                .exec(call(step, "GET:/user", get.apply("GET:/user"), 200))
                                .exec(call(step, "GET:/user/created-votes", get.apply("GET:/user/created-votes"), 200))
                                .exec(call(step, "GET:/user/participated-votes",
                                        get.apply("GET:/user/participated-votes"), 200)))
                .exec(session -> {
                    step.observeSession(session.getLong(SESSION_MILLIS), session.getBoolean(SESSION_FAILED));
                    return session;
                });
    }

    /**
     * The request, then its outcome recorded into the step (under {@code call} for the session's): its
     * response time as Gatling measured it, failed when it answered another status than
     * {@code expectedStatus} or did not answer at all (a timeout or a refused connection, timed here
     * from just before it was sent). The status check also makes it a KO in Gatling's report.
     */
    private ChainBuilder call(Step step, String call, HttpRequestActionBuilder request, int expectedStatus) {
        return exec(session -> session.remove(RESPONSE_TIME).remove(STATUS).set(SENT_AT, System.nanoTime()))
                .exec(request.check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().saveAs(STATUS),
                        status().is(expectedStatus)))
                .exec(session -> {
                    boolean failed = !session.contains(STATUS) || session.getInt(STATUS) != expectedStatus;
                    long millis = session.contains(RESPONSE_TIME) ? session.getLong(RESPONSE_TIME)
                            : (System.nanoTime() - session.getLong(SENT_AT)) / 1_000_000;
                    step.observe(call, millis, failed, settings.overloadMillis());
                    return call == null ? session : session
                            .set(SESSION_MILLIS, session.getLong(SESSION_MILLIS) + millis)
                            .set(SESSION_FAILED, session.getBoolean(SESSION_FAILED) || failed);
                });
    }

    private Session firstAnswer(Session session) {
        FirstAnswers.Pair pair = firstAnswers.next();
        return session.set(AUTH, bearers.get((int) (pair.member() - 1))).set(VOTE, pair.vote()).set(CHOICE, pair.choice());
    }

    /** The token of member {@code 1 + n mod members}. */
    private String bearer(long n) {
        return bearers.get((int) (n % settings.dataSet().members()));
    }

    private static List<String> bearers(Path tokensFile, int members) {
        try {
            List<String> bearers = Files.readAllLines(tokensFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(token -> "Bearer " + token.trim()).toList();
            if (bearers.size() < members) {
                throw new IllegalStateException(tokensFile + " holds " + bearers.size() + " tokens for " + members
                        + " members");
            }
            return bearers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokens " + tokensFile, e);
        }
    }
}
