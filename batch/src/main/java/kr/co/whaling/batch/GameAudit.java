package kr.co.whaling.batch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Outcome;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.vote.AnswerResult;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.SideSettlement;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.VoteState;

/**
 * Checks every {@link Invariant} on a database in a few streamed passes (never a query per row), letting the
 * domain decide what each row should be ({@link Outcome}, {@link Settlement}, {@link Voiding}, {@link Tally},
 * {@link Points}); SQL only reads, joins and sums. Give it one connection in a consistent read-only snapshot.
 */
final class GameAudit {

    /** Rows fetched per round trip: streams a table of millions of rows in constant memory. */
    private static final int FETCH_SIZE = 1_000;

    /** Every question with its answers, and per answer the reward and refund entries it received. */
    private static final String QUESTIONS_WITH_ANSWERS = """
            SELECT v.id, v.coin_code, v.creator_id, v.official, v.direction, v.range_percent, v.horizon, v.created_price,
                   v.state, v.creation_fee, v.answer_cost, v.reward,
                   v.yes_count, v.no_count, v.whale_yes_count, v.whale_no_count, v.participants,
                   v.settlement_price, v.settlement_candle_start, v.outcome, v.crowd_verdict, v.whale_verdict,
                   v.tracked_at, v.voided_at,
                   a.member_id, a.choice, a.whale, a.result,
                   c.reward_entries, c.reward_points, c.refund_entries, c.refund_points
            FROM votes v
            LEFT JOIN answers a ON a.vote_id = v.id
            LEFT JOIN (SELECT vote_id, member_id,
                              SUM(CASE WHEN reason = ? THEN 1 ELSE 0 END) AS reward_entries,
                              SUM(CASE WHEN reason = ? THEN amount ELSE 0 END) AS reward_points,
                              SUM(CASE WHEN reason = ? THEN 1 ELSE 0 END) AS refund_entries,
                              SUM(CASE WHEN reason = ? THEN amount ELSE 0 END) AS refund_points
                       FROM point_ledger WHERE vote_id IS NOT NULL GROUP BY vote_id, member_id) c
                   ON c.vote_id = a.vote_id AND c.member_id = a.member_id
            ORDER BY v.id, a.member_id""";

    /** Reward and refund entries of members who never answered the question they name. */
    private static final String CREDITS_WITHOUT_ANSWER = """
            SELECT l.vote_id, l.member_id, l.reason, COUNT(*), SUM(l.amount)
            FROM point_ledger l LEFT JOIN answers a ON a.vote_id = l.vote_id AND a.member_id = l.member_id
            WHERE l.reason IN (?, ?) AND a.id IS NULL
            GROUP BY l.vote_id, l.member_id, l.reason ORDER BY l.vote_id, l.member_id, l.reason""";

    /** Every member with the sum and number of their ledger entries. */
    private static final String MEMBERS_WITH_LEDGER = """
            SELECT m.id, m.points, m.right_count, m.wrong_count, l.total, l.entries
            FROM members m
            LEFT JOIN (SELECT member_id, SUM(amount) AS total, COUNT(*) AS entries
                       FROM point_ledger GROUP BY member_id) l ON l.member_id = m.id
            ORDER BY m.id""";

    private static final Map<PointReason, Invariant> CREDIT_INVARIANTS = new EnumMap<>(Map.of(
            PointReason.REWARD, Invariant.RIGHT_ANSWER_REWARDED_ONCE,
            PointReason.ANSWER_FEE_REFUND, Invariant.VOIDED_ANSWER_REFUNDED_ONCE));

    private final GameRules rules;
    private final Progress.Display progress;

    GameAudit(GameRules rules, Progress.Display progress) {
        this.rules = rules;
        this.progress = progress;
    }

    /** Audits the database behind the connection; reads only. */
    AuditReport audit(Connection connection) throws SQLException {
        AuditReport report = new AuditReport();
        Map<Long, Counters> settledAnswers = new HashMap<>();
        auditQuestions(connection, report, settledAnswers);
        auditCreditsWithoutAnswer(connection, report);
        auditMembers(connection, report, settledAnswers);
        return report;
    }

    private void auditQuestions(Connection connection, AuditReport report, Map<Long, Counters> settledAnswers)
            throws SQLException {
        long rows = count(connection, "SELECT (SELECT COUNT(*) FROM votes) + (SELECT COUNT(*) FROM answers)");
        Progress step = progress.start("Questions and answers", rows);
        try (PreparedStatement statement = streaming(connection, QUESTIONS_WITH_ANSWERS)) {
            statement.setString(1, PointReason.REWARD.name());
            statement.setString(2, PointReason.REWARD.name());
            statement.setString(3, PointReason.ANSWER_FEE_REFUND.name());
            statement.setString(4, PointReason.ANSWER_FEE_REFUND.name());
            try (ResultSet result = statement.executeQuery()) {
                QuestionRow question = null;
                List<AnswerRow> answers = new ArrayList<>();
                while (result.next()) {
                    long id = result.getLong("id");
                    if (question == null || question.id() != id) {
                        if (question != null) {
                            auditQuestion(question, answers, report, settledAnswers);
                        }
                        question = QuestionRow.read(result);
                        report.recordCheck(Invariant.ROW_IS_VALID);
                        answers.clear();
                        step.advance();
                    }
                    long memberId = result.getLong("member_id");
                    if (!result.wasNull()) {
                        report.recordCheck(Invariant.ROW_IS_VALID);
                        try {
                            answers.add(AnswerRow.read(result, memberId));
                        } catch (IllegalArgumentException unknown) {
                            report.found(Invariant.ROW_IS_VALID, "member " + memberId + "'s answer to question " + id
                                    + ": " + unknown.getMessage());
                        }
                        step.advance();
                    }
                }
                if (question != null) {
                    auditQuestion(question, answers, report, settledAnswers);
                }
            }
        }
        step.finish(String.format(Locale.ROOT, "%,d rows", rows));
    }

    private void auditQuestion(QuestionRow question, List<AnswerRow> answers, AuditReport report,
                               Map<Long, Counters> settledAnswers) {
        answers.forEach(answer -> report.countAnswer());
        String subject = "question " + question.id();
        Decision decision;
        try {
            decision = decide(question, answers, report);
        } catch (DomainException | IllegalArgumentException refused) {
            report.found(Invariant.ROW_IS_VALID, subject + ": " + refused.getMessage());
            return;
        }
        report.countQuestion(decision.state());
        for (AnswerRow answer : answers) {
            String answerSubject = "member " + answer.memberId() + "'s answer to question " + question.id();
            SideSettlement side = decision.sides().get(answer.choice());
            report.recordCheck(Invariant.ANSWER_RESULT_FROM_QUESTION);
            AnswerResult expected = side == null ? AnswerResult.PENDING : side.result();
            if (answer.result() != expected) {
                report.found(Invariant.ANSWER_RESULT_FROM_QUESTION, answerSubject + " (" + answer.choice()
                        + ") is " + answer.result() + ", but its question's " + decision.what() + " makes it "
                        + expected);
            }
            Counters counters = settledAnswers.computeIfAbsent(answer.memberId(), member -> new Counters());
            if (side != null) {
                counters.right += side.rightAnswers();
                counters.wrong += side.wrongAnswers();
            }
            for (Map.Entry<PointReason, Invariant> credit : CREDIT_INVARIANTS.entrySet()) {
                PointReason reason = credit.getKey();
                Optional<PointChange> due = Optional.ofNullable(side).map(SideSettlement::credit)
                        .filter(change -> change.reason() == reason && !change.isNone());
                long entries = answer.entries(reason);
                long points = answer.points(reason);
                if (due.isPresent()) {
                    report.recordCheck(credit.getValue());
                }
                long dueEntries = due.isPresent() ? 1 : 0;
                long duePoints = due.map(change -> change.amount().value()).orElse(0L);
                if (entries != dueEntries || points != duePoints) {
                    report.found(credit.getValue(), answerSubject + " (" + answer.choice() + ", " + answer.result()
                            + ") has " + reason + " entered " + times(entries) + ", " + points + " points in all;"
                            + " its question's " + decision.what() + " gives "
                            + (dueEntries == 0 ? "none" : "it once, " + duePoints + " points"));
                }
            }
        }
    }

    /** What the domain says of a question: its sides' settlement (none while it waits), after checking its row. */
    private Decision decide(QuestionRow question, List<AnswerRow> answers, AuditReport report) {
        String subject = "question " + question.id();
        VoteState state = VoteState.valueOf(question.state());
        Direction direction = Direction.valueOf(question.direction());
        Range range = rules.ranges().check(direction, question.rangePercent());
        Price createdPrice = new Price(question.createdPrice());
        CoinCode coin = new CoinCode(question.coin());

        Tally tally = Tally.EMPTY;
        for (AnswerRow answer : answers) {
            tally = tally.with(answer.choice(), answer.whale());
        }
        report.recordCheck(Invariant.TALLY_IS_ANSWERS);
        if (question.yes() != tally.yes() || question.no() != tally.no() || question.whaleYes() != tally.whaleYes()
                || question.whaleNo() != tally.whaleNo() || question.participants() != tally.total()) {
            report.found(Invariant.TALLY_IS_ANSWERS, String.format(Locale.ROOT,
                    "%s counts yes %d, no %d, whale yes %d, whale no %d, participants %d; its answers are"
                            + " yes %d, no %d, whale yes %d, whale no %d, participants %d", subject, question.yes(),
                    question.no(), question.whaleYes(), question.whaleNo(), question.participants(), tally.yes(),
                    tally.no(), tally.whaleYes(), tally.whaleNo(), tally.total()));
        }

        VotePricing pricing = question.official() ? rules.pricing().staff() : rules.pricing().member();
        report.recordCheck(Invariant.PRICING_IS_THE_GAME_S);
        if (question.creationFee() != pricing.creationFee().value() || question.answerCost() != pricing.answerCost().value()
                || question.reward() != pricing.reward().value()) {
            report.found(Invariant.PRICING_IS_THE_GAME_S, String.format(Locale.ROOT,
                    "%s (%s) keeps fee %d, answer cost %d, reward %d; the game's are %d, %d, %d", subject,
                    question.official() ? "staff" : "member", question.creationFee(), question.answerCost(),
                    question.reward(), pricing.creationFee().value(), pricing.answerCost().value(),
                    pricing.reward().value()));
        }

        return switch (state) {
            case ONGOING, FINISHED -> new Decision(state, "pending state", Map.of());
            case VOIDED -> {
                Instant voidedAt = required(question.voidedAt(), subject + " is VOIDED without a voiding time");
                Voiding voiding = new Voiding(new VoteId(question.id()), new MemberId(question.creatorId()),
                        pricing.creationFee(), pricing.answerCost(), voidedAt);
                yield new Decision(state, "voiding", bySide(voiding.sides()));
            }
            case TRACKED -> {
                report.recordCheck(Invariant.OUTCOME_FROM_EVIDENCE);
                if (question.settlementPrice() == null || question.candleStart() == null || question.outcome() == null
                        || question.trackedAt() == null) {
                    report.found(Invariant.OUTCOME_FROM_EVIDENCE, subject + " is TRACKED but keeps no complete price"
                            + " evidence (settlement price, candle start, outcome, tracked time)");
                    yield new Decision(state, "settlement (evidence missing)", Map.of());
                }
                Price finalPrice = new Price(question.settlementPrice());
                Outcome outcome = Outcome.decide(direction, createdPrice, range, finalPrice);
                if (!outcome.answer().name().equals(question.outcome())) {
                    report.found(Invariant.OUTCOME_FROM_EVIDENCE, String.format(Locale.ROOT,
                            "%s keeps outcome %s, but %s %d%% from %s to %s (target %s) is %s", subject,
                            question.outcome(), direction, range.percent(), createdPrice,
                            finalPrice, outcome.target().stripTrailingZeros().toPlainString(), outcome.answer()));
                }
                Optional<Boolean> crowd = outcome.crowdVerdict(tally);
                Optional<Boolean> whales = outcome.whaleVerdict(tally);
                report.recordCheck(Invariant.VERDICTS_FROM_ANSWERS);
                if (!crowd.equals(question.crowdVerdict()) || !whales.equals(question.whaleVerdict())) {
                    report.found(Invariant.VERDICTS_FROM_ANSWERS, subject + " keeps crowd verdict "
                            + verdict(question.crowdVerdict()) + " and whale verdict " + verdict(question.whaleVerdict())
                            + "; its outcome and answers make them " + verdict(crowd) + " and " + verdict(whales));
                }
                // Without the base rate: the audit checks results, right/wrong counters and credits, which
                // the base rate does not change (it only adds to the skill counters).
                Settlement settlement = new Settlement(new VoteId(question.id()), outcome,
                        new MinuteCandle(coin, question.candleStart(), finalPrice), crowd, whales, pricing.reward(),
                        question.trackedAt(), new VoteTerms(coin, direction, range, Horizon.valueOf(question.horizon())),
                        tally, Optional.empty());
                yield new Decision(state, "settlement (" + outcome.answer() + ")", bySide(settlement.sides()));
            }
        };
    }

    /** What the domain decided for a question: its state, a name for the report, and per side what it gives. */
    private record Decision(VoteState state, String what, Map<Choice, SideSettlement> sides) {
    }

    private static Map<Choice, SideSettlement> bySide(List<SideSettlement> sides) {
        Map<Choice, SideSettlement> bySide = new EnumMap<>(Choice.class);
        sides.forEach(side -> bySide.put(side.choice(), side));
        return bySide;
    }

    private void auditCreditsWithoutAnswer(Connection connection, AuditReport report) throws SQLException {
        try (PreparedStatement statement = streaming(connection, CREDITS_WITHOUT_ANSWER)) {
            statement.setString(1, PointReason.REWARD.name());
            statement.setString(2, PointReason.ANSWER_FEE_REFUND.name());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    PointReason reason = PointReason.valueOf(result.getString(3));
                    report.found(CREDIT_INVARIANTS.get(reason), "member " + result.getLong(2) + " has " + reason
                            + " for question " + result.getLong(1) + " entered " + times(result.getLong(4)) + ", "
                            + result.getLong(5) + " points in all, without an answer to it");
                }
            }
        }
    }

    private void auditMembers(Connection connection, AuditReport report, Map<Long, Counters> settledAnswers)
            throws SQLException {
        long rows = count(connection, "SELECT COUNT(*) FROM members");
        Progress step = progress.start("Members and ledger", rows);
        try (PreparedStatement statement = streaming(connection, MEMBERS_WITH_LEDGER);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long id = result.getLong(1);
                long points = result.getLong(2);
                long right = result.getLong(3);
                long wrong = result.getLong(4);
                long ledgerSum = result.getLong(5);
                long entries = result.getLong(6);
                report.countMember(entries);
                String subject = "member " + id;

                report.recordCheck(Invariant.BALANCE_IS_LEDGER_SUM);
                if (points != ledgerSum) {
                    report.found(Invariant.BALANCE_IS_LEDGER_SUM, subject + " has " + points
                            + " points, but their " + entries + " ledger entries sum to " + ledgerSum);
                }
                report.recordCheck(Invariant.BALANCE_NOT_NEGATIVE);
                try {
                    Points.of(points);
                } catch (DomainException negative) {
                    report.found(Invariant.BALANCE_NOT_NEGATIVE, subject + ": " + negative.getMessage());
                }
                Counters settled = settledAnswers.getOrDefault(id, new Counters());
                report.recordCheck(Invariant.COUNTERS_ARE_SETTLED_ANSWERS);
                if (right != settled.right || wrong != settled.wrong) {
                    report.found(Invariant.COUNTERS_ARE_SETTLED_ANSWERS, subject + " counts " + right + " right and "
                            + wrong + " wrong, but their settled answers are " + settled.right + " right and "
                            + settled.wrong + " wrong");
                }
                step.advance();
            }
        }
        step.finish(String.format(Locale.ROOT, "%,d members", rows));
    }

    /** A member's right and wrong answers as the domain settles them. */
    private static final class Counters {
        private long right;
        private long wrong;
    }

    /** One row of {@code votes}, as stored. */
    private record QuestionRow(long id, String coin, long creatorId, boolean official, String direction,
                               int rangePercent, String horizon, BigDecimal createdPrice, String state, long creationFee,
                               long answerCost, long reward, long yes, long no, long whaleYes, long whaleNo,
                               long participants, BigDecimal settlementPrice, Instant candleStart, String outcome,
                               Optional<Boolean> crowdVerdict, Optional<Boolean> whaleVerdict, Instant trackedAt,
                               Instant voidedAt) {

        static QuestionRow read(ResultSet row) throws SQLException {
            return new QuestionRow(row.getLong("id"), row.getString("coin_code"), row.getLong("creator_id"),
                    row.getBoolean("official"), row.getString("direction"), row.getInt("range_percent"),
                    row.getString("horizon"), row.getBigDecimal("created_price"), row.getString("state"), row.getLong("creation_fee"),
                    row.getLong("answer_cost"), row.getLong("reward"), row.getLong("yes_count"),
                    row.getLong("no_count"), row.getLong("whale_yes_count"), row.getLong("whale_no_count"),
                    row.getLong("participants"), row.getBigDecimal("settlement_price"),
                    utc(row, "settlement_candle_start"), row.getString("outcome"), bool(row, "crowd_verdict"),
                    bool(row, "whale_verdict"), utc(row, "tracked_at"), utc(row, "voided_at"));
        }
    }

    /** One row of {@code answers}, with the reward and refund entries its member has for its question. */
    private record AnswerRow(long memberId, Choice choice, boolean whale, AnswerResult result, long rewardEntries,
                             long rewardPoints, long refundEntries, long refundPoints) {

        static AnswerRow read(ResultSet row, long memberId) throws SQLException {
            return new AnswerRow(memberId, Choice.valueOf(row.getString("choice")), row.getBoolean("whale"),
                    AnswerResult.valueOf(row.getString("result")), row.getLong("reward_entries"),
                    row.getLong("reward_points"), row.getLong("refund_entries"), row.getLong("refund_points"));
        }

        long entries(PointReason reason) {
            return reason == PointReason.REWARD ? rewardEntries : refundEntries;
        }

        long points(PointReason reason) {
            return reason == PointReason.REWARD ? rewardPoints : refundPoints;
        }
    }

    private static PreparedStatement streaming(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** DATETIME columns hold UTC, whatever the JVM's zone. */
    private static Instant utc(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Optional<Boolean> bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static <T> T required(T value, String missing) {
        if (value == null) {
            throw new IllegalArgumentException(missing);
        }
        return value;
    }

    private static String verdict(Optional<Boolean> verdict) {
        return verdict.map(right -> right ? "right" : "wrong").orElse("none");
    }

    private static String times(long count) {
        return count == 1 ? "once" : count + " times";
    }
}
