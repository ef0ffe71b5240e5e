package kr.co.whaling.adapter.out.persistence;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabaseInitializer;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test (run by benchmarks/settlement.sh, never by CI): seeds 1,000 due questions
 * with 1,000 answers each (10,000 members) into the test database, settles them all through
 * {@link SettlementPersistenceAdapter} as the settlement use case does (chunks of due questions, the
 * domain deciding each one), then seeds the same data again and times the floor: the same row
 * changes written the fastest plain JDBC way ({@link Floor}), knowing everything in advance.
 * Prints as its last line {@code settlement votes=.. choices=.. seconds=S floor_seconds=F ratio=R
 * statements_per_vote=N heap_used_max_mb=H heap_after_gc_max_mb=L heap_limit_mb=X}: the SQL statements
 * the adapter sent per question (counted under the data source by {@link StatementRecorder}, the
 * chunked loading of due questions included), and the heap while it settled ({@link HeapWatch}).
 *
 * <p>It empties the application's tables before and after: point it at a database no one else uses
 * at the same time (WHALING_TEST_DB_URL).
 */
public final class SettlementBenchmark {

    /** 1,000; a smaller number (-Dwhaling.bench.votes=20) makes a quick smoke run of the benchmark itself. */
    private static final int VOTES = Integer.getInteger("whaling.bench.votes", 1_000);
    private static final int ANSWERS_PER_VOTE = 1_000;
    private static final int MEMBERS = 10_000;
    private static final long START_POINTS = 1_000_000;
    private static final long REWARD = 20;
    private static final int CHUNK = 100;
    private static final LocalDateTime SETTLES_AT = LocalDateTime.parse("2024-06-01T00:00:00");
    private static final Instant NOW = Instant.parse("2024-06-01T00:05:00Z");
    private static final String DIGITS = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";

    private SettlementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds;
        double floorSeconds;
        List<String> statements = new ArrayList<>();
        HeapWatch.Peaks heap;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PersistenceTestApplication.class,
                StatementRecorder.Configuration.class)
                .web(WebApplicationType.NONE)
                .initializers(new TestDatabaseInitializer())
                .properties("spring.jpa.hibernate.ddl-auto=none", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "spring.jpa.open-in-view=false")
                .run(args)) {
            // The floor and the seeding go straight to the pool; only the adapter's statements are recorded.
            DataSource dataSource = context.getBean(DataSource.class).unwrap(DataSource.class);
            VotePersistenceAdapter votes = context.getBean(VotePersistenceAdapter.class);
            SettlementPersistenceAdapter settlements = context.getBean(SettlementPersistenceAdapter.class);

            emptyTables(dataSource);
            long firstMember = seed(dataSource);
            try (HeapWatch watch = HeapWatch.start()) {
                seconds = timed(() -> statements.addAll(StatementRecorder.record(() -> settleAll(votes, settlements))));
                heap = watch.peaks();
            }
            check(dataSource);

            // Seeded afresh rather than reset by updates, so that the floor starts from the same state
            // as the adapter did, without a million rows of undo for InnoDB to purge while it runs.
            emptyTables(dataSource);
            firstMember = seed(dataSource);
            Floor floor = Floor.load(dataSource, firstMember);
            floorSeconds = timed(() -> floor.write(dataSource));
            check(dataSource);
            emptyTables(dataSource);
        }
        System.out.println(String.format(Locale.ROOT,
                "settlement votes=%d answers=%d seconds=%.1f floor_seconds=%.1f ratio=%.2f statements_per_vote=%.2f"
                        + " heap_used_max_mb=%d heap_after_gc_max_mb=%s heap_limit_mb=%d",
                VOTES, VOTES * ANSWERS_PER_VOTE, seconds, floorSeconds, seconds / floorSeconds,
                (double) statements.size() / VOTES, heap.usedMax() >> 20,
                heap.afterGcMax() < 0 ? "NA" : Long.toString(heap.afterGcMax() >> 20),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20));
    }

    /**
     * The heap while a piece of work runs: the most in use, sampled every 5 ms (a peak between two
     * samples is missed, by at most what 5 ms allocate), and the most still in use right after a
     * garbage collection (from the collectors' notifications), which is what the work keeps alive:
     * the settlement must stay flat whatever the number of answers.
     */
    private static final class HeapWatch implements AutoCloseable {

        /** Bytes: the most in use, and the most in use just after a collection (-1 when none ran). */
        record Peaks(long usedMax, long afterGcMax) {
        }

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong usedMax = new AtomicLong();
        private final AtomicLong afterGcMax = new AtomicLong(-1);
        private final Thread sampler;
        private final NotificationListener listener = this::collected;
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private volatile boolean running = true;

        private HeapWatch() {
            sampler = new Thread(() -> {
                while (running) {
                    usedMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(watch.listener, null, null);
                    watch.emitters.add(emitter);
                }
            }
            watch.sampler.start();
            return watch;
        }

        private void collected(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (pool.getType() == MemoryType.HEAP && usage != null) {
                    after += usage.getUsed();
                }
            }
            afterGcMax.accumulateAndGet(after, Math::max);
        }

        Peaks peaks() {
            usedMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            return new Peaks(usedMax.get(), afterGcMax.get());
        }

        @Override
        public void close() throws Exception {
            running = false;
            sampler.interrupt();
            sampler.join();
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(listener);
            }
        }
    }

    /** What the settlement use case does, minus the price source: chunks of due questions, each decided and applied. */
    private static void settleAll(VotePersistenceAdapter votes, SettlementPersistenceAdapter settlements) {
        GameRules rules = GameRules.standard();
        long afterId = 0;
        int settled = 0;
        List<Vote> chunk;
        do {
            chunk = votes.loadVotesDueForSettlement(NOW, afterId, CHUNK).votes();
            for (Vote vote : chunk) {
                // Up 5% from 100: even questions end at 106 (YES), odd ones at 104 (NO).
                String close = vote.id().value() % 2 == 0 ? "106" : "104";
                SettlementDecision decision = vote.settle(Optional.of(new MinuteCandle(vote.terms().coin(),
                        vote.schedule().settlesAt().minusSeconds(60), Prices.krw(close))), NOW, rules);
                if (settlements.applySettlement(((SettlementDecision.Settle) decision).settlement())) {
                    settled++;
                }
                afterId = vote.id().value();
            }
        } while (chunk.size() == CHUNK);
        if (settled != VOTES) {
            throw new IllegalStateException("settled " + settled + " of " + VOTES);
        }
    }

    private static long seed(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int from = 0; from < MEMBERS; from += 1_000) {
                StringBuilder insert = new StringBuilder("INSERT INTO members (kakao_id, nickname, nickname_key, points,"
                        + " right_count, wrong_count, is_default_profile, staff, created_at) VALUES ");
                for (int i = from; i < from + 1_000; i++) {
                    insert.append(i == from ? "" : ",").append("(").append(900_000_000L + i).append(", 'bench").append(i)
                            .append("', 'bench").append(i).append("', ").append(START_POINTS)
                            .append(", 0, 0, FALSE, FALSE, '2024-01-01 00:00:00')");
                }
                statement.executeUpdate(insert.toString());
            }
            long firstMember = single(statement, "SELECT MIN(id) FROM members");
            if (single(statement, "SELECT COUNT(*) FROM members WHERE id BETWEEN " + firstMember + " AND "
                    + (firstMember + MEMBERS - 1)) != MEMBERS) {
                throw new IllegalStateException("member ids are not consecutive");
            }
            statement.executeUpdate("INSERT INTO coins (code, korean_name, english_name, warning, listed)"
                    + " VALUES ('BTC', '비트코인', 'Bitcoin', FALSE, TRUE)");
            StringBuilder insertVotes = new StringBuilder("INSERT INTO votes (coin_code, creator_id, official, direction,"
                    + " range_percent, horizon, created_price, state, created_at, closes_at, settles_at, creation_fee,"
                    + " answer_cost, reward, updated_at) VALUES ");
            for (int v = 0; v < VOTES; v++) {
                insertVotes.append(v == 0 ? "" : ",").append("('BTC', ").append(firstMember)
                        .append(", FALSE, 'UP', 5, 'DAY', 100, 'FINISHED', '2024-05-31 00:00:00', '2024-05-31 08:00:00', '")
                        .append(SETTLES_AT.toString().replace('T', ' ')).append("', 50, 10, ").append(REWARD)
                        .append(", '2024-05-31 08:00:00')");
            }
            statement.executeUpdate(insertVotes.toString());
            long firstVote = single(statement, "SELECT MIN(id) FROM votes");
            long lastVote = single(statement, "SELECT MAX(id) FROM votes");
            // Each question's answers: 1,000 distinct members spread over all of them; a third say NO; a tenth are whales.
            for (long from = firstVote; from <= lastVote; from += 50) {
                statement.executeUpdate("INSERT INTO answers (vote_id, member_id, choice, whale, cost, result, created_at)"
                        + " SELECT v.id, " + firstMember + " + MOD(v.id * 7 + s.n, " + MEMBERS + "),"
                        + " CASE WHEN MOD(s.n + v.id, 3) = 0 THEN 'NO' ELSE 'YES' END, MOD(s.n, 10) = 0, 10, 'PENDING',"
                        + " '2024-05-31 01:00:00'"
                        + " FROM votes v CROSS JOIN (SELECT a.d + 10 * b.d + 100 * c.d AS n FROM " + DIGITS + " a, "
                        + DIGITS + " b, " + DIGITS + " c) s WHERE v.id BETWEEN " + from + " AND " + (from + 49));
            }
            statement.executeUpdate("UPDATE votes v SET"
                    + " yes_count = (SELECT COUNT(*) FROM answers c WHERE c.vote_id = v.id AND c.choice = 'YES'),"
                    + " no_count = (SELECT COUNT(*) FROM answers c WHERE c.vote_id = v.id AND c.choice = 'NO'),"
                    + " whale_yes_count = (SELECT COUNT(*) FROM answers c WHERE c.vote_id = v.id AND c.choice = 'YES' AND c.whale),"
                    + " whale_no_count = (SELECT COUNT(*) FROM answers c WHERE c.vote_id = v.id AND c.choice = 'NO' AND c.whale),"
                    + " participants = " + ANSWERS_PER_VOTE);
            if (single(statement, "SELECT COUNT(*) FROM answers") != (long) VOTES * ANSWERS_PER_VOTE) {
                throw new IllegalStateException("seeding made the wrong number of answers");
            }
            return firstMember;
        }
    }

    /** Every answer judged, every right one rewarded once, every balance equal to its start plus its rewards. */
    private static void check(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long pending = single(statement, "SELECT COUNT(*) FROM answers WHERE result = 'PENDING'");
            long right = single(statement, "SELECT COUNT(*) FROM answers WHERE result = 'RIGHT'");
            long rewards = single(statement, "SELECT COUNT(*) FROM point_ledger WHERE reason = 'REWARD'");
            long points = single(statement, "SELECT SUM(points) FROM members");
            long counted = single(statement, "SELECT SUM(right_count + wrong_count) FROM members");
            long tracked = single(statement, "SELECT COUNT(*) FROM votes WHERE state = 'TRACKED'");
            if (pending != 0 || rewards != right || points != MEMBERS * START_POINTS + right * REWARD
                    || counted != (long) VOTES * ANSWERS_PER_VOTE || tracked != VOTES) {
                throw new IllegalStateException("inconsistent settlement: pending=" + pending + " right=" + right
                        + " rewards=" + rewards + " points=" + points + " counted=" + counted + " tracked=" + tracked);
            }
        }
    }

    private static void emptyTables(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : List.of("point_ledger", "answers", "votes", "coins", "members")) {
                    statement.execute("TRUNCATE TABLE " + table);
                }
            } finally {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double timed(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** A piece of work that may throw. */
    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * The floor: the same row changes as the adapter makes, one transaction per question (the claim,
     * every answer judged, every member counted and paid, every reward entered in the ledger), written
     * the fastest plain-JDBC way found, with everything (answer ids, members, sides, balances) read
     * before the clock starts so that nothing is read while writing. Rows that get the same change
     * are updated by primary key in one statement ({@code WHERE id IN (...)}: answers judged right,
     * answers judged wrong, their members likewise), and the ledger rows go in one multi-row INSERT.
     * (One UPDATE per row by primary key, batched with the driver's bulk protocol, took about half as
     * long again.)
     */
    private static final class Floor {

        private static final String LEDGER_INSERT = "INSERT INTO point_ledger (member_id, amount, reason, vote_id,"
                + " balance_after, cause_key, created_at) VALUES ";
        private static final String LEDGER_ROW = "(?, ?, 'REWARD', ?, ?, ?, ?)";

        private final long firstMember;
        private final long[] voteIds = new long[VOTES];
        private final long[] choiceIds = new long[VOTES * ANSWERS_PER_VOTE];
        private final int[] members = new int[VOTES * ANSWERS_PER_VOTE];
        private final boolean[] yes = new boolean[VOTES * ANSWERS_PER_VOTE];
        private final long[] balances = new long[MEMBERS];

        private Floor(long firstMember) {
            this.firstMember = firstMember;
            java.util.Arrays.fill(balances, START_POINTS);
        }

        static Floor load(DataSource dataSource, long firstMember) throws SQLException {
            Floor floor = new Floor(firstMember);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT vote_id, id, member_id, choice FROM answers ORDER BY vote_id, member_id")) {
                query.setFetchSize(10_000);
                try (ResultSet rows = query.executeQuery()) {
                    int row = 0;
                    int vote = -1;
                    long currentVote = -1;
                    while (rows.next()) {
                        if (rows.getLong(1) != currentVote) {
                            currentVote = rows.getLong(1);
                            floor.voteIds[++vote] = currentVote;
                        }
                        floor.choiceIds[row] = rows.getLong(2);
                        floor.members[row] = (int) (rows.getLong(3) - firstMember);
                        floor.yes[row] = "YES".equals(rows.getString(4));
                        row++;
                    }
                }
            }
            return floor;
        }

        void write(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement claim = connection.prepareStatement("UPDATE votes SET state = 'TRACKED',"
                        + " outcome = ?, settlement_price = ?, settlement_candle_start = ?, crowd_verdict = TRUE,"
                        + " whale_verdict = TRUE, tracked_at = ?, updated_at = ? WHERE id = ?");
                     Statement update = connection.createStatement()) {
                    LocalDateTime at = LocalDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC);
                    for (int v = 0; v < VOTES; v++) {
                        long voteId = voteIds[v];
                        boolean outcomeYes = voteId % 2 == 0;
                        claim.setString(1, outcomeYes ? "YES" : "NO");
                        claim.setBigDecimal(2, new java.math.BigDecimal(outcomeYes ? "106" : "104"));
                        claim.setObject(3, SETTLES_AT.minusMinutes(1));
                        claim.setObject(4, at);
                        claim.setObject(5, at);
                        claim.setLong(6, voteId);
                        claim.executeUpdate();
                        StringBuilder rightAnswers = new StringBuilder();
                        StringBuilder wrongAnswers = new StringBuilder();
                        StringBuilder rightMembers = new StringBuilder();
                        StringBuilder wrongMembers = new StringBuilder();
                        int rights = 0;
                        for (int a = v * ANSWERS_PER_VOTE; a < (v + 1) * ANSWERS_PER_VOTE; a++) {
                            boolean right = yes[a] == outcomeYes;
                            appendId(right ? rightAnswers : wrongAnswers, choiceIds[a]);
                            appendId(right ? rightMembers : wrongMembers, firstMember + members[a]);
                            rights += right ? 1 : 0;
                        }
                        if (!rightAnswers.isEmpty()) {
                            update.executeUpdate("UPDATE answers SET result = 'RIGHT' WHERE id IN (" + rightAnswers + ")");
                            update.executeUpdate("UPDATE members SET right_count = right_count + 1, points = points + "
                                    + REWARD + " WHERE id IN (" + rightMembers + ")");
                        }
                        if (!wrongAnswers.isEmpty()) {
                            update.executeUpdate("UPDATE answers SET result = 'WRONG' WHERE id IN (" + wrongAnswers + ")");
                            update.executeUpdate("UPDATE members SET wrong_count = wrong_count + 1"
                                    + " WHERE id IN (" + wrongMembers + ")");
                        }
                        pay(connection, v, outcomeYes, rights, voteId, at);
                        connection.commit();
                    }
                }
            }
        }

        private static void appendId(StringBuilder ids, long id) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }

        /** The question's reward entries, all in one multi-row INSERT. */
        private void pay(Connection connection, int v, boolean outcomeYes, int rights, long voteId, LocalDateTime at)
                throws SQLException {
            if (rights == 0) {
                return;
            }
            StringBuilder sql = new StringBuilder(LEDGER_INSERT.length() + rights * (LEDGER_ROW.length() + 1))
                    .append(LEDGER_INSERT);
            for (int r = 0; r < rights; r++) {
                sql.append(r == 0 ? "" : ",").append(LEDGER_ROW);
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                String causeKey = "REWARD:" + voteId;
                for (int a = v * ANSWERS_PER_VOTE; a < (v + 1) * ANSWERS_PER_VOTE; a++) {
                    if (yes[a] == outcomeYes) {
                        balances[members[a]] += REWARD;
                        insert.setLong(p++, firstMember + members[a]);
                        insert.setLong(p++, REWARD);
                        insert.setLong(p++, voteId);
                        insert.setLong(p++, balances[members[a]]);
                        insert.setString(p++, causeKey);
                        insert.setObject(p++, at);
                    }
                }
                insert.executeUpdate();
            }
        }
    }
}
