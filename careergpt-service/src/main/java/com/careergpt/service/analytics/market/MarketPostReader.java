package com.careergpt.service.analytics.market;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.service.scraping.RemoteMode;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Reads the market fields of stored jobs from {@code jobs}, on SQLite and PostgreSQL alike. */
@Repository
class MarketPostReader {

    private static final String COLUMNS = "SELECT id, duplicate_of, date_posted, first_seen, last_seen, remote, "
            + "company_key, company, city, region, country, seniority, title_key, salary_currency, "
            + "salary_yearly_min, salary_yearly_max, skills FROM jobs";

    private final JdbcTemplate jdbc;
    private final ObjectReader skillList;

    MarketPostReader(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // Resolved once, not for each of 100k rows.
        this.skillList = json.readerFor(new TypeReference<List<String>>() {
        });
    }

    /** Every stored job, duplicates included (they say so). */
    void forEach(Consumer<MarketPost> consumer) {
        jdbc.query(COLUMNS, row -> {
            consumer.accept(post(row));
        });
    }

    /** The jobs written (stored, changed or seen again) at or after {@code since}. */
    void forEachSince(Instant since, Consumer<MarketPost> consumer) {
        jdbc.query(COLUMNS + " WHERE last_seen >= ?", row -> {
            consumer.accept(post(row));
        }, Timestamp.from(since));
    }

    /** How many stored jobs are not linked to an original as its duplicates. */
    long countOriginals() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM jobs WHERE duplicate_of IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    private MarketPost post(ResultSet row) throws SQLException {
        Date posted = row.getDate("date_posted");
        LocalDate day = posted != null ? posted.toLocalDate()
                : LocalDate.ofInstant(TimeColumns.read(row, "first_seen"), ZoneOffset.UTC);
        return new MarketPost(
                row.getString("id"),
                row.getString("duplicate_of") != null,
                day,
                RemoteMode.fromJson(row.getString("remote")).orElse(null),
                row.getString("company_key"),
                row.getString("company"),
                row.getString("city"),
                row.getString("region"),
                row.getString("country"),
                row.getString("seniority"),
                row.getString("title_key"),
                row.getString("salary_currency"),
                midpoint(row.getBigDecimal("salary_yearly_min"), row.getBigDecimal("salary_yearly_max")),
                skillList.readValue(row.getString("skills")),
                TimeColumns.read(row, "last_seen"));
    }

    private static Double midpoint(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return (min.doubleValue() + max.doubleValue()) / 2;
        }
        if (min != null || max != null) {
            return (min != null ? min : max).doubleValue();
        }
        return null;
    }
}
