package com.careergpt.identity.verification;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, finding 2: V3 forgets the log lines that hold verification codes and keeps every other line. */
class LoggedCodesPurgeMigrationTest {

    private static final String SENDER = "com.careergpt.identity.verification.ConsoleVerificationCodeSender";

    @Test
    void storedCodeLinesArePurgedAndOtherLinesStay() throws Exception {
        Path file = Files.createTempFile("identity-purge-", ".db");
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").target("2").load()
                .migrate();
        insert(jdbc, "code", SENDER, "Verification code for jane@example.com: 123456 (valid for 10 minutes)");
        insert(jdbc, "other-logger", "com.careergpt.identity.Other", "verification code for bob@example.com: 654321");
        insert(jdbc, "kept", "com.careergpt.identity.guest.GuestService", "Deleted 3 stale guests");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/identity").load().migrate();

        assertThat(jdbc.queryForList("SELECT id FROM log_events", String.class)).containsExactly("kept");
        dataSource.destroy();
    }

    private static void insert(JdbcTemplate jdbc, String id, String logger, String message) {
        jdbc.update("INSERT INTO log_events (id, logged_at, service, level, logger, message) "
                + "VALUES (?, 1000, 'identity-service', 'INFO', ?, ?)", id, logger, message);
    }
}
