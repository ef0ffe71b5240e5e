package kr.co.whaling.adapter.out.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.shared.InvalidValueException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway V4: nicknames are unique by their NFKC case-folded key ({@link Nickname#uniqueKey()}), which only
 * the domain can compute (SQL has no NFKC). Widens {@code members.nickname_key} and recomputes every key.
 *
 * <p>Members are taken oldest first ({@code created_at}, then {@code id}); one whose nickname is no longer
 * valid, or whose folded key an older member holds ({@code ＷＨＡＬＥ} beside {@code whale}), is renamed to
 * {@code user{kakaoId}}, or when that is taken to it cut short with {@code _2}, {@code _3}, ... appended.
 * Each rename is logged.
 */
@Component
public class V4__FoldNicknameKeys extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V4__FoldNicknameKeys.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
        try (Statement statement = connection.createStatement()) {
            // The embedded H2 default parses no character set in MODIFY; its strings compare exactly anyway.
            statement.execute(h2
                    ? "ALTER TABLE members ALTER COLUMN nickname_key VARCHAR(" + Nickname.MAX_KEY_LENGTH + ") NOT NULL"
                    : "ALTER TABLE members MODIFY nickname_key VARCHAR(" + Nickname.MAX_KEY_LENGTH
                            + ") CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL");
        }
        refoldKeys(connection);
    }

    private record Row(long id, long kakaoId, String nickname) {
    }

    /** Returns how many members were renamed. Public for the test that runs it on rows written as before V4. */
    public static int refoldKeys(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT id, kakao_id, nickname FROM members ORDER BY created_at, id")) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getLong(2), result.getString(3)));
            }
        }
        // First free every key (a placeholder no real key can equal: '#' is no letter), so that the
        // unique key never sees two rows on their way to their final keys.
        try (PreparedStatement placeholder = connection.prepareStatement(
                "UPDATE members SET nickname_key = CONCAT('#', CAST(id AS CHAR)) WHERE id = ?")) {
            for (Row row : rows) {
                placeholder.setLong(1, row.id());
                placeholder.addBatch();
            }
            placeholder.executeBatch();
        }
        Set<String> taken = new HashSet<>();
        int renamed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE members SET nickname = ?, nickname_key = ? WHERE id = ?")) {
            for (Row row : rows) {
                Nickname kept = valid(row.nickname());
                Nickname nickname = kept != null && !taken.contains(kept.uniqueKey()) ? kept : replacement(row, taken);
                if (nickname != kept) {
                    renamed++;
                    log.warn("Member {}: nickname renamed to {} ({})", row.id(), nickname,
                            kept == null ? "no longer a valid nickname" : "an older member holds the same folded nickname");
                }
                taken.add(nickname.uniqueKey());
                update.setString(1, nickname.value());
                update.setString(2, nickname.uniqueKey());
                update.setLong(3, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return renamed;
    }

    private static Nickname valid(String value) {
        try {
            return new Nickname(value);
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    /** {@code user{kakaoId}}, else that cut short with {@code _2}, {@code _3}, ...: the first whose key is free. */
    private static Nickname replacement(Row row, Set<String> taken) {
        Nickname initial = Nickname.initialFor(new KakaoId(row.kakaoId()));
        if (!taken.contains(initial.uniqueKey())) {
            return initial;
        }
        for (int suffix = 2; ; suffix++) {
            String tail = "_" + suffix;
            String base = initial.value();
            Nickname candidate = new Nickname(
                    base.substring(0, Math.min(base.length(), Nickname.MAX_LENGTH - tail.length())) + tail);
            if (!taken.contains(candidate.uniqueKey())) {
                return candidate;
            }
        }
    }
}
