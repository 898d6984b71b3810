package com.careergpt.service.analytics.market;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the jobs whose title or description holds every word, each as the start of a word ("kube" finds
 * "Kubernetes"), through the database's full-text index (V5__market_analytics.sql): FTS5 on SQLite, a GIN index
 * over {@code to_tsvector('simple', ...)} on PostgreSQL. Words are letters and digits only
 * ({@link MarketFilter}), so they need no escaping in either query language.
 */
final class JobTextSearch {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final Function<List<String>, String> query;

    private JobTextSearch(JdbcTemplate jdbc, String sql, Function<List<String>, String> query) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.query = query;
    }

    static JobTextSearch forDatabase(String productName, JdbcTemplate jdbc) {
        return "PostgreSQL".equalsIgnoreCase(productName) ? postgres(jdbc) : sqlite(jdbc);
    }

    static JobTextSearch sqlite(JdbcTemplate jdbc) {
        return new JobTextSearch(jdbc, "SELECT k.job_id FROM job_text t JOIN job_text_keys k ON k.text_key = t.rowid "
                + "WHERE job_text MATCH ?",
                words -> words.stream().map(word -> "\"" + word + "\"*").collect(Collectors.joining(" AND ")));
    }

    static JobTextSearch postgres(JdbcTemplate jdbc) {
        return new JobTextSearch(jdbc, "SELECT id FROM jobs WHERE to_tsvector('simple', coalesce(title, '') || ' ' "
                + "|| coalesce(description, '')) @@ to_tsquery('simple', ?)",
                words -> words.stream().map(word -> word + ":*").collect(Collectors.joining(" & ")));
    }

    /** Ids of the jobs, duplicates included, that hold every word. */
    Set<String> jobIdsMatching(List<String> words) {
        Set<String> ids = new HashSet<>();
        jdbc.query(sql, row -> {
            ids.add(row.getString(1));
        }, query.apply(words));
        return ids;
    }
}
