package com.careergpt.identity.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V2 writes down the states the identities of an existing database had already reached. */
class StateHistoryMigrationTest {

    @Test
    void existingUsersGetTheirHistoryFromFirstSeenCodesAndVerifiedAt() throws Exception {
        Path file = Files.createTempFile("identity-migration-", ".db");
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").target("1").load()
                .migrate();
        insertUser(jdbc, "guest-only", "GUEST", null);
        insertUser(jdbc, "emailed", "EMAIL_COLLECTED", null);
        insertUser(jdbc, "verified", "VERIFIED", 3_000L);
        for (String user : List.of("emailed", "verified")) {
            for (long at : List.of(2_000L, 2_500L)) {
                jdbc.update("INSERT INTO verification_codes (id, user_id, email, code_hash, created_at, expires_at, "
                        + "status) VALUES (?, ?, 'a@example.org', 'h', ?, ?, 'USED')", user + at, user, at, at + 600_000);
            }
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT user_id, to_state, changed_at FROM user_state_changes ORDER BY user_id, changed_at");
        assertThat(rows).extracting(row -> row.get("user_id") + ":" + row.get("to_state") + "@" + row.get("changed_at"))
                .containsExactly("emailed:GUEST@1000", "emailed:EMAIL_COLLECTED@2000", "guest-only:GUEST@1000",
                        "verified:GUEST@1000", "verified:EMAIL_COLLECTED@2000", "verified:VERIFIED@3000");
        dataSource.destroy();
    }

    private static void insertUser(JdbcTemplate jdbc, String id, String state, Long verifiedAt) {
        jdbc.update("INSERT INTO users (id, state, cookie_token_hash, first_seen, last_seen, verified_at) "
                + "VALUES (?, ?, ?, 1000, 1000, ?)", id, state, "hash-" + id, verifiedAt);
    }
}
