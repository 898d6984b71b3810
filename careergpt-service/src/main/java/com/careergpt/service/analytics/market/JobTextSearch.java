package com.careergpt.service.analytics.market;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the jobs whose title or description holds every word as a whole word, ignoring case, through the
 * database's full-text index (V5__market_analytics.sql). Whole words rather than prefixes: "java" should not find
 * JavaScript posts, and a prefix query reads the list of every matching term (ten times slower on FTS5). Words are
 * letters and digits only ({@link MarketFilter}), so they need no escaping in either query language.
 */
interface JobTextSearch {

    /** Passes the id of every job, duplicates included, that holds all the words. */
    void forEachMatch(List<String> words, Consumer<String> jobIds);

    static JobTextSearch forDatabase(String productName, JdbcTemplate jdbc) {
        return "PostgreSQL".equalsIgnoreCase(productName) ? new PostgresJobTextSearch(jdbc)
                : new SqliteJobTextSearch(jdbc);
    }
}
