package com.careergpt.service.analytics.market;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.careergpt.service.analytics.market.MarketPostGenerator.GeneratedPost;
import com.careergpt.service.schema.SchemaVendor;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.dedup.DedupProperties;
import com.careergpt.service.scraping.dedup.PostingFingerprint;
import com.careergpt.service.scraping.dedup.PostingFingerprints;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.json.JsonMapper;

/**
 * bench/market.sh: N realistic posts over a year (MarketPostGenerator, 5% reposts linked as duplicates) written to a
 * SQLite file migrated with the service's Flyway migrations, the columns as the job store writes them; then the
 * first report (loading the in-memory copy), the median and p90 of each query shape, the catch-up after new posts,
 * and for comparison the same statistics as plain SQL aggregations. Goal: < 300 ms per query over 100k posts.
 */
public final class MarketBenchmark {

    private static final String INSERT_JOB = "INSERT INTO jobs (id, canonical_url, source_url, title, company, "
            + "company_key, title_key, city, region, country, remote, salary_min, salary_max, salary_currency, "
            + "salary_period, salary_source, salary_yearly_min, salary_yearly_max, employment_type, seniority, "
            + "date_posted, valid_through, apply_url, description, skills, content_hash, simhash, duplicate_of, "
            + "duplicate_kind, fetcher, extractor, fetched_at, first_seen, last_seen, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final PostingFingerprints FINGERPRINTS = new PostingFingerprints(DedupProperties.defaults());

    private MarketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        // Flyway's and the loader's INFO lines would bury the figures.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        LocalDate firstDay = LocalDate.of(2025, 11, 1);
        Path dir = Files.createTempDirectory("market-bench-");
        SingleConnectionDataSource data = new SingleConnectionDataSource(
                "jdbc:sqlite:" + dir.resolve("bench.db") + "?journal_mode=WAL&synchronous=NORMAL", true);
        Flyway.configure().dataSource(data).locations(SchemaVendor.SQLITE.locations())
                .placeholders(SchemaVendor.SQLITE.placeholders()).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);

        MarketPostGenerator generator = new MarketPostGenerator(42, firstDay, 365, Math.max(50, count / 40), 0.05);
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        write(data.getConnection(), generator.posts(count), ids, null);
        long bytes = Files.size(dir.resolve("bench.db"));
        System.out.printf("stored %d posts (%d linked duplicates) in %.1f s; database %d MB%n", count,
                jdbc.queryForObject("SELECT COUNT(*) FROM jobs WHERE duplicate_of IS NOT NULL", Long.class),
                (System.nanoTime() - started) / 1e9, bytes / (1024 * 1024));

        MarketAnalytics analytics = new MarketAnalytics(new MarketPostReader(jdbc, JSON), new SqliteJobTextSearch(jdbc),
                SkillTaxonomy.bundled(), new MarketAnalyticsProperties(5, 3));
        System.gc();
        long heapBefore = usedHeap();
        started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        MarketReport all = analytics.report(MarketFilter.everything());
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long loadCpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        System.gc();
        System.out.printf("first report, loading the in-memory copy: %d ms, CPU %d ms (%d posts counted, %d MB of "
                + "heap kept)%n", loadMillis, loadCpuMillis, all.total(), Math.max(0, usedHeap() - heapBefore) >> 20);

        LocalDate lastDay = firstDay.plusDays(364);
        shape("no filter", runs, () -> analytics.report(MarketFilter.everything()));
        shape("q=kubernetes", runs, () -> analytics.report(filter(null, null, "kubernetes", null, null, null)));
        shape("q=engineer (broad)", runs, () -> analytics.report(filter(null, null, "engineer", null, null, null)));
        shape("skill=Python", runs, () -> analytics.report(filter(null, null, null, null, null, "Python")));
        shape("remote=hybrid&location=DE", runs,
                () -> analytics.report(filter(null, null, null, "DE", "hybrid", null)));
        shape("from/to (last quarter)", runs,
                () -> analytics.report(filter(lastDay.minusDays(90), lastDay, null, null, null, null)));

        write(data.getConnection(), generator.posts(100), ids, Instant.now());
        started = System.nanoTime();
        long total = analytics.report(MarketFilter.everything()).total();
        System.out.printf("report after 100 new posts (catching up): %d ms (%d posts counted)%n",
                (System.nanoTime() - started) / 1_000_000, total);

        System.out.println("for comparison, the same statistics as SQL aggregations over the tables:");
        String originals = "SELECT id FROM jobs WHERE duplicate_of IS NULL";
        sql(jdbc, "top skills (job_skills join)", "SELECT skill, COUNT(*) n FROM job_skills WHERE job_id IN ("
                + originals + ") GROUP BY skill ORDER BY n DESC LIMIT 20");
        sql(jdbc, "skill pairs (self-join)", "SELECT a.skill, b.skill, COUNT(*) n FROM job_skills a JOIN job_skills b "
                + "ON b.job_id = a.job_id AND b.skill > a.skill WHERE a.job_id IN (" + originals + ") "
                + "GROUP BY a.skill, b.skill ORDER BY n DESC LIMIT 20");
        sql(jdbc, "top companies", "SELECT company_key, COUNT(*) n FROM jobs WHERE duplicate_of IS NULL "
                + "GROUP BY company_key ORDER BY n DESC LIMIT 20");
        sql(jdbc, "q as LIKE over descriptions", "SELECT COUNT(*) FROM jobs WHERE duplicate_of IS NULL AND "
                + "(title LIKE '%kubernetes%' OR description LIKE '%kubernetes%')");
        data.destroy();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static MarketFilter filter(LocalDate from, LocalDate to, String q, String location, String remote,
            String skill) {
        return MarketFilter.of(from, to, q, location, remote, skill, null, null, null);
    }

    /**
     * Wall-clock median, p90 and max; the CPU time of the calling thread too, which other processes on a shared
     * machine do not inflate (garbage collection on other threads is not in it).
     */
    private static void shape(String name, int runs, Supplier<MarketReport> report) {
        for (int warm = 0; warm < 5; warm++) {
            report.get();
        }
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            total = report.get().total();
            millis[i] = (System.nanoTime() - started) / 1e6;
            cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("%-28s median %6.1f ms, p90 %6.1f ms, max %6.1f ms; CPU median %5.1f ms (%d posts counted, "
                + "%d runs)%n", name, millis[runs / 2], millis[(int) (runs * 0.9)], millis[runs - 1],
                cpuMillis[runs / 2], total, runs);
    }

    private static void sql(JdbcTemplate jdbc, String name, String sql) {
        jdbc.queryForList(sql);
        long started = System.nanoTime();
        jdbc.queryForList(sql);
        System.out.printf("  %-28s %6d ms%n", name, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Writes the posts as the job store does on SQLite (dates as epoch milliseconds), reposts linked; with
     * {@code writtenAt}, first and last seen are that instant, as for posts collected now.
     */
    static void write(Connection connection, List<GeneratedPost> posts, List<String> ids, Instant writtenAt)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement job = connection.prepareStatement(INSERT_JOB);
                PreparedStatement skill = connection.prepareStatement("INSERT INTO job_skills (job_id, skill) VALUES (?, ?)")) {
            for (GeneratedPost post : posts) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                bind(job, id, post, post.repostOf() < 0 ? null : ids.get(post.repostOf()), writtenAt);
                job.executeUpdate();
                for (String name : post.posting().skills()) {
                    skill.setString(1, id);
                    skill.setString(2, name);
                    skill.executeUpdate();
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void bind(PreparedStatement job, String id, GeneratedPost post, String duplicateOf,
            Instant writtenAt) throws SQLException {
        JobPosting posting = post.posting();
        PostingFingerprint fingerprint = FINGERPRINTS.of(posting);
        int i = 0;
        job.setString(++i, id);
        job.setString(++i, posting.canonicalUrl());
        job.setString(++i, posting.canonicalUrl());
        job.setString(++i, posting.title());
        job.setString(++i, posting.company());
        job.setString(++i, fingerprint.companyKey());
        job.setString(++i, fingerprint.titleKey());
        job.setString(++i, posting.location().city());
        job.setString(++i, posting.location().region());
        job.setString(++i, posting.location().country());
        job.setString(++i, posting.remote() == null ? null : posting.remote().json());
        boolean paid = posting.salary() != null;
        job.setBigDecimal(++i, paid ? posting.salary().min() : null);
        job.setBigDecimal(++i, paid ? posting.salary().max() : null);
        job.setString(++i, paid ? posting.salary().currency() : null);
        job.setString(++i, paid ? posting.salary().period().json() : null);
        job.setString(++i, paid ? posting.salary().source() : null);
        job.setBigDecimal(++i, paid ? posting.salary().yearlyMin() : null);
        job.setBigDecimal(++i, paid ? posting.salary().yearlyMax() : null);
        job.setString(++i, posting.employmentType().json());
        job.setString(++i, posting.seniority().json());
        setDate(job, ++i, posting.datePosted());
        setDate(job, ++i, posting.validThrough());
        job.setString(++i, posting.applyUrl());
        job.setString(++i, posting.description());
        job.setString(++i, JSON.writeValueAsString(posting.skills()));
        job.setString(++i, fingerprint.contentHash());
        job.setLong(++i, fingerprint.simhash());
        job.setString(++i, duplicateOf);
        job.setString(++i, duplicateOf == null ? null : "content");
        job.setString(++i, posting.provenance().fetcher());
        job.setString(++i, posting.provenance().extractor());
        job.setTimestamp(++i, Timestamp.from(post.firstSeen()));
        job.setTimestamp(++i, Timestamp.from(writtenAt == null ? post.firstSeen() : writtenAt));
        job.setTimestamp(++i, Timestamp.from(writtenAt == null ? post.lastSeen() : writtenAt));
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(day));
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
