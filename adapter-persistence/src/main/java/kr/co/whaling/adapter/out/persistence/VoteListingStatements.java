package kr.co.whaling.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import kr.co.whaling.application.port.in.model.PageRequest;
import kr.co.whaling.application.port.in.model.VoteSort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public listing's statements, in plain SQL because their shape is the point: the ids of one page
 * and the listing's total, on {@code votes} alone; then the page's rows with their coin and creator
 * by primary key, so the database never joins (and sorts) more than the page; then a viewer's answers
 * to them (a member's created questions use that one too). The last two are plain JDBC rather than
 * JPQL on purpose: Hibernate keeps no plan for a query with a list parameter and translated both
 * again on every request, a third of the listing's CPU time (JFR profile under the API benchmark).
 *
 * <p>The ids are read in index order and the read stops after the page: newest first from
 * {@code ix_votes_state_created (state, created_at, id)}, most participants first from
 * {@code ix_votes_state_participants_created (state, participants, created_at, id)}. An index gives
 * that order for one state only: MySQL 8 and MariaDB read {@code state IN ('ONGOING', 'FINISHED')
 * ORDER BY created_at} as two ranges and sort every public question to keep a page. So a listing of
 * several states (the default) reads one branch per state, each in index order and cut at
 * {@code offset + size}, and only those few rows are merged and cut to the page.
 *
 * <p>The coin filter is a subquery on {@code coins} (a few hundred rows at most).
 */
@Component
class VoteListingStatements {

    /** The coin's code or Korean name contains the (lower-case, {@code !}-escaped) pattern. */
    private static final String COIN_MATCHES = " AND coin_code IN (SELECT code FROM coins"
            + " WHERE LOWER(code) LIKE :coinPattern ESCAPE '!' OR LOWER(korean_name) LIKE :coinPattern ESCAPE '!')";

    /**
     * What a public listing shows: questions in one of {@code states} (one index branch each) whose
     * coin matches {@code coinPattern} (null: any coin). Also the key of the listing's kept total.
     */
    record Filter(List<String> states, String coinPattern) {

        Filter {
            states = List.copyOf(states);
            if (states.isEmpty()) {
                throw new IllegalArgumentException("a listing needs at least one state");
            }
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    VoteListingStatements(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of {@code page} of the listing, in its order: newest first, or most participants first
     * then newest; equal ones by id, highest first, so that pages never overlap or skip.
     */
    List<Long> pageIds(Filter filter, VoteSort sort, PageRequest page) {
        Order order = Order.of(sort);
        MapSqlParameterSource parameters = coinParameter(filter)
                .addValue("size", page.size())
                .addValue("offset", page.offset());
        for (int i = 0; i < filter.states().size(); i++) {
            parameters.addValue("state" + i, filter.states().get(i));
        }
        String sql;
        if (filter.states().size() == 1) {
            sql = "SELECT id FROM votes WHERE " + branchCondition(filter, 0)
                    + " ORDER BY " + order.by + " LIMIT :size OFFSET :offset";
        } else {
            // Each branch may have to supply the whole reach on its own: every row before the page may be its.
            parameters.addValue("reach", page.offset() + page.size());
            List<String> branches = new ArrayList<>();
            for (int i = 0; i < filter.states().size(); i++) {
                branches.add("(SELECT " + order.columns + " FROM votes WHERE " + branchCondition(filter, i)
                        + " ORDER BY " + order.by + " LIMIT :reach)");
            }
            sql = "SELECT id FROM (" + String.join(" UNION ALL ", branches) + ") merged"
                    + " ORDER BY " + order.by + " LIMIT :size OFFSET :offset";
        }
        return jdbc.queryForList(sql, parameters, Long.class);
    }

    /** How many questions the listing holds across all its pages (an index-only count over the states). */
    long count(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM votes WHERE state IN (:states)");
        if (filter.coinPattern() != null) {
            sql.append(COIN_MATCHES);
        }
        Long count = jdbc.queryForObject(sql.toString(), coinParameter(filter).addValue("states", filter.states()),
                Long.class);
        return Objects.requireNonNull(count, "COUNT(*) returned no row");
    }

    /** The rows of {@code ids} with their coin and their creator's nickname, in no particular order. */
    List<VoteRow> rows(Collection<Long> ids) {
        return jdbc.query("SELECT " + ROW_COLUMNS + " FROM votes v JOIN coins c ON c.code = v.coin_code"
                        + " JOIN members m ON m.id = v.creator_id WHERE v.id IN (:ids)",
                new MapSqlParameterSource("ids", ids), (resultSet, index) -> row(resultSet));
    }

    /** {@code member}'s answers to any of the questions {@code voteIds}. */
    List<ChoiceJpaEntity> answers(long member, Collection<Long> voteIds) {
        return jdbc.query("SELECT id, vote_id, member_id, side, whale, price_at_answer, cost, result, created_at"
                        + " FROM choices WHERE member_id = :member AND vote_id IN (:voteIds)",
                new MapSqlParameterSource("member", member).addValue("voteIds", voteIds),
                (resultSet, index) -> answer(resultSet));
    }

    private static String branchCondition(Filter filter, int state) {
        return "state = :state" + state + (filter.coinPattern() != null ? COIN_MATCHES : "");
    }

    private static MapSqlParameterSource coinParameter(Filter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.coinPattern() != null) {
            parameters.addValue("coinPattern", filter.coinPattern());
        }
        return parameters;
    }

    private static final String ROW_COLUMNS = "v.id, v.coin_code, v.creator_id, v.official, v.direction,"
            + " v.range_percent, v.horizon, v.created_price, v.state, v.created_at, v.closes_at, v.settles_at,"
            + " v.creation_fee, v.answer_cost, v.reward, v.yes_count, v.no_count, v.whale_yes_count,"
            + " v.whale_no_count, v.participants, v.settlement_price, v.settlement_candle_start, v.outcome,"
            + " v.crowd_verdict, v.whale_verdict, v.settled_at, v.voided_at, v.updated_at,"
            + " c.korean_name, c.english_name, c.image_url, c.latest_price, c.latest_price_at, c.warning, c.listed,"
            + " m.nickname";

    /** One row of {@link #ROW_COLUMNS} as the entities Hibernate would have read (detached, never saved). */
    private static VoteRow row(ResultSet rs) throws SQLException {
        VoteJpaEntity vote = new VoteJpaEntity();
        vote.setId(rs.getLong("id"));
        vote.setCoinCode(rs.getString("coin_code"));
        vote.setCreatorId(rs.getLong("creator_id"));
        vote.setOfficial(rs.getBoolean("official"));
        vote.setDirection(rs.getString("direction"));
        vote.setRangePercent(rs.getInt("range_percent"));
        vote.setHorizon(rs.getString("horizon"));
        vote.setCreatedPrice(rs.getBigDecimal("created_price"));
        vote.setState(rs.getString("state"));
        vote.setCreatedAt(instant(rs, "created_at"));
        vote.setClosesAt(instant(rs, "closes_at"));
        vote.setSettlesAt(instant(rs, "settles_at"));
        vote.setCreationFee(rs.getLong("creation_fee"));
        vote.setAnswerCost(rs.getLong("answer_cost"));
        vote.setReward(rs.getLong("reward"));
        vote.setYesCount(rs.getLong("yes_count"));
        vote.setNoCount(rs.getLong("no_count"));
        vote.setWhaleYesCount(rs.getLong("whale_yes_count"));
        vote.setWhaleNoCount(rs.getLong("whale_no_count"));
        vote.setParticipants(rs.getLong("participants"));
        vote.setSettlementPrice(rs.getBigDecimal("settlement_price"));
        vote.setSettlementCandleStart(instant(rs, "settlement_candle_start"));
        vote.setOutcome(rs.getString("outcome"));
        vote.setCrowdVerdict(nullableBoolean(rs, "crowd_verdict"));
        vote.setWhaleVerdict(nullableBoolean(rs, "whale_verdict"));
        vote.setSettledAt(instant(rs, "settled_at"));
        vote.setVoidedAt(instant(rs, "voided_at"));
        vote.setUpdatedAt(instant(rs, "updated_at"));
        CoinJpaEntity coin = new CoinJpaEntity();
        coin.setCode(vote.getCoinCode());
        coin.setKoreanName(rs.getString("korean_name"));
        coin.setEnglishName(rs.getString("english_name"));
        coin.setImageUrl(rs.getString("image_url"));
        coin.setLatestPrice(rs.getBigDecimal("latest_price"));
        coin.setLatestPriceAt(instant(rs, "latest_price_at"));
        coin.setWarning(rs.getBoolean("warning"));
        coin.setListed(rs.getBoolean("listed"));
        return new VoteRow(vote, coin, rs.getString("nickname"));
    }

    private static ChoiceJpaEntity answer(ResultSet rs) throws SQLException {
        ChoiceJpaEntity choice = new ChoiceJpaEntity();
        choice.setId(rs.getLong("id"));
        choice.setVoteId(rs.getLong("vote_id"));
        choice.setMemberId(rs.getLong("member_id"));
        choice.setSide(rs.getString("side"));
        choice.setWhale(rs.getBoolean("whale"));
        choice.setPriceAtAnswer(rs.getBigDecimal("price_at_answer"));
        choice.setCost(rs.getLong("cost"));
        choice.setResult(rs.getString("result"));
        choice.setCreatedAt(instant(rs, "created_at"));
        return choice;
    }

    /** DATETIME columns hold UTC ({@link UtcTimes}). */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return UtcTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** The listing's order: the columns a branch selects for it, and the ORDER BY both levels use. */
    private enum Order {
        NEWEST("id, created_at", "created_at DESC, id DESC"),
        MOST_PARTICIPANTS("id, participants, created_at", "participants DESC, created_at DESC, id DESC");

        private final String columns;
        private final String by;

        Order(String columns, String by) {
            this.columns = columns;
            this.by = by;
        }

        static Order of(VoteSort sort) {
            return sort == VoteSort.POPULAR ? MOST_PARTICIPANTS : NEWEST;
        }
    }
}
