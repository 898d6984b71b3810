package com.careergpt.service.analytics.market;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/** The text filter on PostgreSQL: the GIN index over {@code to_tsvector('simple', title || ' ' || description)}. */
final class PostgresJobTextSearch implements JobTextSearch {

    /** The indexed expression, written exactly as in the migration, or PostgreSQL will not use the index. */
    private static final String SQL = "SELECT id FROM jobs WHERE to_tsvector('simple', coalesce(title, '') || ' ' "
            + "|| coalesce(description, '')) @@ to_tsquery('simple', ?)";

    private final JdbcTemplate jdbc;

    PostgresJobTextSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachMatch(List<String> words, Consumer<String> jobIds) {
        jdbc.query(SQL, row -> {
            jobIds.accept(row.getString(1));
        }, String.join(" & ", words));
    }
}
