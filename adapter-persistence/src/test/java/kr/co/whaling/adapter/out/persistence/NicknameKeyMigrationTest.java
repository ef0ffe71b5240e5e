package kr.co.whaling.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.migration.V4__FoldNicknameKeys;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V4 on rows as they were before it (keys lower-cased, invisible characters allowed): every member
 * ends with a valid nickname and its folded key, the oldest keeps a contested one, the others are
 * renamed deterministically, and members load again.
 */
@PersistenceTest
class NicknameKeyMigrationTest {

    private static final Instant OLD = Instant.parse("2023-01-01T00:00:00Z");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberPersistenceAdapter members;

    @BeforeEach
    void emptyTables() {
        TestDatabase.deleteAllRows(dataSource);
    }

    /** A member row as the application wrote it before V4: the key was the nickname lower-cased. */
    private long oldRow(long kakaoId, String nickname, int daysAfter) {
        jdbc.update("INSERT INTO members (kakao_id, nickname, nickname_key, points, created_at) VALUES (?, ?, ?, 300, ?)",
                kakaoId, nickname, nickname.toLowerCase(java.util.Locale.ROOT),
                Timestamp.from(OLD.plusSeconds(86_400L * daysAfter)));
        return jdbc.queryForObject("SELECT id FROM members WHERE kakao_id = ?", Long.class, kakaoId);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT nickname, nickname_key FROM members WHERE id = ?", id);
    }

    @Test
    void colliding_and_invalid_nicknames_are_renamed_oldest_first_and_everyone_loads() throws Exception {
        long younger = oldRow(9_000_000_001L, "ＷＨＡＬＥ", 3);
        long oldest = oldRow(9_000_000_002L, "whale", 1);
        long youngest = oldRow(9_000_000_003L, "Ｗhale", 5);
        long filler = oldRow(9_000_000_004L, "\u3164", 2);
        long zeroWidth = oldRow(9_000_000_005L, "고래\u200B", 2);
        long plain = oldRow(9_000_000_006L, "고래밥", 4);
        // Holds the initial nickname of the member renamed last, who then gets a suffix.
        long squatter = oldRow(9_000_000_007L, "user9000000003", 0);
        long straße = oldRow(9_000_000_008L, "straße", 6);
        long strasse = oldRow(9_000_000_009L, "STRASSE_", 7);

        int renamed;
        try (Connection connection = dataSource.getConnection()) {
            renamed = V4__FoldNicknameKeys.refoldKeys(connection);
        }

        assertThat(renamed).isEqualTo(4);
        assertThat(row(oldest)).containsEntry("nickname", "whale").containsEntry("nickname_key", "whale");
        assertThat(row(younger)).containsEntry("nickname", "user9000000001").containsEntry("nickname_key", "user9000000001");
        assertThat(row(youngest)).containsEntry("nickname", "user9000000003_2");
        assertThat(row(squatter)).containsEntry("nickname", "user9000000003");
        assertThat(row(filler)).containsEntry("nickname", "user9000000004");
        assertThat(row(zeroWidth)).containsEntry("nickname", "user9000000005");
        assertThat(row(plain)).containsEntry("nickname", "고래밥").containsEntry("nickname_key", "고래밥");
        assertThat(row(straße)).containsEntry("nickname", "straße").containsEntry("nickname_key", "strasse");
        assertThat(row(strasse)).containsEntry("nickname", "STRASSE_").containsEntry("nickname_key", "strasse_");
        for (long id : List.of(younger, oldest, youngest, filler, zeroWidth, plain, squatter, straße, strasse)) {
            assertThat(members.loadMember(new kr.co.whaling.domain.shared.MemberId(id))).isPresent();
        }

        // Running it again changes nothing: the data is valid under the new rules.
        try (Connection connection = dataSource.getConnection()) {
            assertThat(V4__FoldNicknameKeys.refoldKeys(connection)).isZero();
        }
        assertThat(row(youngest)).containsEntry("nickname", "user9000000003_2");
    }

    @Test
    void the_schema_holds_keys_of_eighty_characters_after_v4() {
        assertThat(jdbc.queryForObject("SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'members' AND COLUMN_NAME = 'nickname_key'",
                Long.class)).isEqualTo(80L);
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                String.class)).contains("4");
    }
}
