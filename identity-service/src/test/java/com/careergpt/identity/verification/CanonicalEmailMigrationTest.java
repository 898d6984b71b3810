package com.careergpt.identity.verification;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, finding 14: V6 stores existing addresses in their one form, so existing users keep signing in. */
class CanonicalEmailMigrationTest {

    @Test
    void existingAddressesTakeTheirStoredFormAndAVerifiedAddressKeepsOneAccount() throws Exception {
        Path file = Files.createTempFile("identity-emails-", ".db");
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").target("5").load()
                .migrate();
        insertUser(jdbc, "unicode", "VERIFIED", "owner@bücher.de", 1000);
        insertUser(jdbc, "guest-unicode", "EMAIL_COLLECTED", "guest@bücher.de", 1100);
        insertUser(jdbc, "punycode-holder", "VERIFIED", "taken@xn--bcher-kva.de", 1200);
        insertUser(jdbc, "unicode-late", "VERIFIED", "taken@bücher.de", 1300);
        insertUser(jdbc, "zero-width", "EMAIL_COLLECTED", "ja\u200Bne@example.com", 1400);
        jdbc.update("INSERT INTO verification_codes (id, user_id, email, code_hash, created_at, expires_at, status) "
                + "VALUES ('code', 'guest-unicode', 'guest@bücher.de', 'h', 1100, 2000, 'ACTIVE')");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").load().migrate();

        assertThat(emailOf(jdbc, "unicode")).isEqualTo("owner@xn--bcher-kva.de");
        assertThat(emailOf(jdbc, "guest-unicode")).isEqualTo("guest@xn--bcher-kva.de");
        assertThat(emailOf(jdbc, "punycode-holder")).isEqualTo("taken@xn--bcher-kva.de");
        assertThat(emailOf(jdbc, "unicode-late")).isEqualTo("taken@bücher.de");
        assertThat(emailOf(jdbc, "zero-width")).isEqualTo("ja\u200Bne@example.com");
        assertThat(jdbc.queryForObject("SELECT email FROM verification_codes WHERE id = 'code'", String.class))
                .isEqualTo("guest@xn--bcher-kva.de");
        dataSource.destroy();
    }

    private static String emailOf(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("SELECT email FROM users WHERE id = ?", String.class, id);
    }

    private static void insertUser(JdbcTemplate jdbc, String id, String state, String email, long firstSeen) {
        jdbc.update("INSERT INTO users (id, email, state, cookie_token_hash, first_seen, last_seen) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, email, state, "hash-" + id, firstSeen, firstSeen);
    }
}
