package com.careergpt.service.analytics.market;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The text filter on SQLite: the FTS5 index answers the text keys of the matching jobs, and the job ids come from a
 * copy of {@code job_text_keys} held here, caught up before each search with the keys above the highest held.
 * Reading 70k matching ids as strings through a join took four times as long as reading their keys.
 */
final class SqliteJobTextSearch implements JobTextSearch {

    private final JdbcTemplate jdbc;
    private String[] jobIdByKey = new String[1024];
    private long highestKey;

    SqliteJobTextSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public synchronized void forEachMatch(List<String> words, Consumer<String> jobIds) {
        catchUp();
        String query = words.stream().map(word -> "\"" + word + "\"").collect(Collectors.joining(" AND "));
        jdbc.query("SELECT rowid FROM job_text WHERE job_text MATCH ?", row -> {
            long key = row.getLong(1);
            if (key <= highestKey && jobIdByKey[(int) key] != null) {
                jobIds.accept(jobIdByKey[(int) key]);
            }
        }, query);
    }

    private void catchUp() {
        jdbc.query("SELECT text_key, job_id FROM job_text_keys WHERE text_key > ? ORDER BY text_key", row -> {
            int key = Math.toIntExact(row.getLong(1));
            if (key >= jobIdByKey.length) {
                jobIdByKey = Arrays.copyOf(jobIdByKey, Math.max(key + 1, jobIdByKey.length * 2));
            }
            jobIdByKey[key] = row.getString(2);
            highestKey = key;
        }, highestKey);
    }
}
