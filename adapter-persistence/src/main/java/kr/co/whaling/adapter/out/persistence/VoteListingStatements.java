package kr.co.whaling.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.application.vote.model.VoteSort;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.AnswerResult;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The listings' statements, in plain JDBC: Hibernate keeps no plan for a query with a list parameter and
 * translated the listing's again on every request (a third of its CPU time under the API benchmark).
 *
 * <p>The public listing reads one page's ids on {@code votes} alone, in index order and stopping after the
 * page, then those questions with coin and creator by primary key, so nothing joins or sorts more than
 * the page. An index gives that order for one state only (MySQL and MariaDB sort every public question
 * for {@code state IN (...) ORDER BY created_at}), so several states are read one branch per state, each
 * cut at {@code offset + size}, then merged. A member's own listings join at once, starting from that
 * member's index entries.
 */
@Component
@RequiredArgsConstructor
class VoteListingStatements {

    private static final String VOTE_COLUMNS = "v.id, v.coin_code, v.creator_id, v.official, v.direction,"
            + " v.range_percent, v.horizon, v.created_price, v.state, v.created_at, v.closes_at, v.settles_at,"
            + " v.creation_fee, v.answer_cost, v.reward, v.yes_count, v.no_count, v.whale_yes_count,"
            + " v.whale_no_count, v.settlement_price, v.settlement_candle_start, v.outcome, v.crowd_verdict,"
            + " v.whale_verdict, v.tracked_at, v.voided_at, v.updated_at, v.base_rate_yes_windows,"
            + " v.base_rate_windows, v.base_rate_low, v.base_rate_high";
    private static final String LISTED_COLUMNS = VOTE_COLUMNS + ", c.korean_name, c.image_url, m.nickname";
    private static final String LISTED_JOINS =
            " JOIN coins c ON c.code = v.coin_code JOIN members m ON m.id = v.creator_id";
    /** A WHERE clause on {@code v} follows. */
    private static final String LISTED = "SELECT " + LISTED_COLUMNS + " FROM votes v" + LISTED_JOINS;

    private static final String ANSWER_COLUMNS = "ch.vote_id, ch.member_id, ch.choice, ch.whale, ch.price_at_answer,"
            + " ch.cost, ch.result, ch.created_at AS answered_at";
    private static final String ANSWER = "SELECT " + ANSWER_COLUMNS + " FROM answers ch";

    /** The coin's code or Korean name contains the (lower-case, {@code !}-escaped) pattern. */
    private static final String COIN_MATCHES = " AND coin_code IN (SELECT code FROM coins"
            + " WHERE LOWER(code) LIKE :coinPattern ESCAPE '!' OR LOWER(korean_name) LIKE :coinPattern ESCAPE '!')";

    /** A public listing's questions: in one of {@code states}, coin matching {@code coinPattern} (null: any). */
    record Filter(List<String> states, String coinPattern) {

        Filter {
            states = List.copyOf(states);
            if (states.isEmpty()) {
                throw new IllegalArgumentException("a listing needs at least one state");
            }
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    /** Newest first, or most participants then newest; ties by id, highest first: pages never overlap or skip. */
    List<ListedVote> page(Filter filter, VoteSort sort, PageRequest page) {
        List<Long> ids = pageIds(filter, sort, page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ListedVote> byId = jdbc.query(LISTED + " WHERE v.id IN (:ids)",
                        new MapSqlParameterSource("ids", ids), (rs, index) -> listed(rs)).stream()
                .collect(Collectors.toMap(listed -> listed.vote().id(), Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    long count(Filter filter) {
        return count("SELECT COUNT(*) FROM votes WHERE state IN (:states)"
                        + (filter.coinPattern() != null ? COIN_MATCHES : ""),
                coinParameter(filter).addValue("states", filter.states()));
    }

    /** One question with {@code viewer}'s answer (null viewer: nobody logged in), joined by its unique key. */
    Optional<VoteView> one(long id, Long viewer) {
        return jdbc.query("SELECT " + LISTED_COLUMNS + ", " + ANSWER_COLUMNS + " FROM votes v" + LISTED_JOINS
                        + " LEFT JOIN answers ch ON ch.vote_id = v.id AND ch.member_id = :viewer WHERE v.id = :id",
                new MapSqlParameterSource("id", id).addValue("viewer", viewer, Types.BIGINT),
                (rs, index) -> listed(rs).view(rs.getObject("vote_id") == null ? Optional.empty()
                        : Optional.of(answer(rs)))).stream().findFirst();
    }

    /** One question's row alone, without coin or creator (what answering reads). */
    Optional<VoteRow> row(long id) {
        return jdbc.query("SELECT " + VOTE_COLUMNS + " FROM votes v WHERE v.id = :id",
                new MapSqlParameterSource("id", id), (rs, index) -> voteRow(rs)).stream().findFirst();
    }

    /** Newest first. */
    List<ListedVote> created(long member, List<String> states, PageRequest page) {
        return jdbc.query(LISTED + " WHERE v.creator_id = :member AND v.state IN (:states)"
                        + " ORDER BY v.created_at DESC, v.id DESC LIMIT :size OFFSET :offset",
                paged(ownParameters(member, states), page), (rs, index) -> listed(rs));
    }

    long countCreated(long member, List<String> states) {
        return count("SELECT COUNT(*) FROM votes WHERE creator_id = :member AND state IN (:states)",
                ownParameters(member, states));
    }

    /** Latest answer first, each question with that answer. */
    List<VoteView> participated(long member, List<String> states, PageRequest page) {
        return jdbc.query("SELECT " + LISTED_COLUMNS + ", " + ANSWER_COLUMNS + " FROM answers ch"
                        + " JOIN votes v ON v.id = ch.vote_id" + LISTED_JOINS
                        + " WHERE ch.member_id = :member AND v.state IN (:states)"
                        + " ORDER BY ch.created_at DESC, ch.id DESC LIMIT :size OFFSET :offset",
                paged(ownParameters(member, states), page),
                (rs, index) -> listed(rs).view(Optional.of(answer(rs))));
    }

    long countParticipated(long member, List<String> states) {
        return count("SELECT COUNT(*) FROM answers ch JOIN votes v ON v.id = ch.vote_id"
                + " WHERE ch.member_id = :member AND v.state IN (:states)", ownParameters(member, states));
    }

    boolean answered(long vote, long member) {
        return count("SELECT COUNT(*) FROM answers WHERE vote_id = :vote AND member_id = :member",
                new MapSqlParameterSource("vote", vote).addValue("member", member)) > 0;
    }

    /** By question id. */
    Map<Long, Answer> answers(long member, Collection<Long> voteIds) {
        return jdbc.query(ANSWER + " WHERE ch.member_id = :member AND ch.vote_id IN (:voteIds)",
                        new MapSqlParameterSource("member", member).addValue("voteIds", voteIds),
                        (rs, index) -> answer(rs)).stream()
                .collect(Collectors.toMap(answer -> answer.voteId().value(), Function.identity(),
                        (first, second) -> first));
    }

    private List<Long> pageIds(Filter filter, VoteSort sort, PageRequest page) {
        Order order = Order.of(sort);
        MapSqlParameterSource parameters = paged(coinParameter(filter), page);
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

    private long count(String sql, MapSqlParameterSource parameters) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, parameters, Long.class), "COUNT(*) returned no row");
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

    private static MapSqlParameterSource ownParameters(long member, List<String> states) {
        return new MapSqlParameterSource("member", member).addValue("states", states);
    }

    private static MapSqlParameterSource paged(MapSqlParameterSource parameters, PageRequest page) {
        return parameters.addValue("size", page.size()).addValue("offset", page.offset());
    }

    private static ListedVote listed(ResultSet rs) throws SQLException {
        VoteRow vote = voteRow(rs);
        CoinSummary coin = new CoinSummary(new CoinCode(vote.coinCode()), rs.getString("korean_name"),
                rs.getString("image_url"));
        return new ListedVote(vote, coin, new Nickname(rs.getString("nickname")));
    }

    private static VoteRow voteRow(ResultSet rs) throws SQLException {
        return new VoteRow(rs.getLong("id"), rs.getString("coin_code"), rs.getLong("creator_id"),
                rs.getBoolean("official"), rs.getString("direction"), rs.getInt("range_percent"),
                rs.getString("horizon"), rs.getBigDecimal("created_price"), rs.getString("state"),
                instant(rs, "created_at"), instant(rs, "closes_at"), instant(rs, "settles_at"),
                rs.getLong("creation_fee"), rs.getLong("answer_cost"), rs.getLong("reward"),
                rs.getLong("yes_count"), rs.getLong("no_count"), rs.getLong("whale_yes_count"),
                rs.getLong("whale_no_count"), rs.getBigDecimal("settlement_price"),
                instant(rs, "settlement_candle_start"), rs.getString("outcome"), nullableBoolean(rs, "crowd_verdict"),
                nullableBoolean(rs, "whale_verdict"), instant(rs, "tracked_at"), instant(rs, "voided_at"),
                instant(rs, "updated_at"), rs.getObject("base_rate_yes_windows", Integer.class),
                rs.getObject("base_rate_windows", Integer.class), rs.getObject("base_rate_low", Double.class),
                rs.getObject("base_rate_high", Double.class));
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        return new Answer(new VoteId(rs.getLong("vote_id")), new MemberId(rs.getLong("member_id")),
                Choice.valueOf(rs.getString("choice")), rs.getBoolean("whale"), Points.of(rs.getLong("cost")),
                Optional.ofNullable(rs.getBigDecimal("price_at_answer")).map(Price::new),
                instant(rs, "answered_at"), AnswerResult.valueOf(rs.getString("result")));
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
    @RequiredArgsConstructor
    private enum Order {
        NEWEST("id, created_at", "created_at DESC, id DESC"),
        MOST_PARTICIPANTS("id, participants, created_at", "participants DESC, created_at DESC, id DESC");

        private final String columns;
        private final String by;

        static Order of(VoteSort sort) {
            return sort == VoteSort.POPULAR ? MOST_PARTICIPANTS : NEWEST;
        }
    }
}
