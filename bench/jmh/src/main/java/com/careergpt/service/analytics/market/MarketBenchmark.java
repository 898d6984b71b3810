package com.careergpt.service.analytics.market;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;

import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.careergpt.service.analytics.market.MarketPostGenerator.GeneratedPost;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.dedup.DedupProperties;
import com.careergpt.service.scraping.dedup.PostingFingerprint;
import com.careergpt.service.scraping.dedup.PostingFingerprints;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.schema.SchemaVendor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Job-market analytics: N realistic posts over a year (MarketPostGenerator, 5% reposts linked as duplicates) written
 * to a SQLite file migrated with the service's Flyway migrations, the columns as the job store writes them; then,
 * one report per measured iteration, each query shape, the first report (loading the in-memory copy), the catch-up
 * after 100 new posts, and for comparison the same statistics as plain SQL aggregations. Goal: < 300 ms per query
 * over 100k posts. The generated database is written once per size into the temporary folder and copied for each
 * benchmark. Run by bench/market.sh.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 30)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MarketBenchmark {

    private static final String INSERT_JOB = "INSERT INTO jobs (id, canonical_url, source_url, title, company, "
            + "company_key, title_key, city, region, country, remote, salary_min, salary_max, salary_currency, "
            + "salary_period, salary_source, salary_yearly_min, salary_yearly_max, employment_type, seniority, "
            + "date_posted, valid_through, apply_url, description, skills, content_hash, simhash, duplicate_of, "
            + "duplicate_kind, fetcher, extractor, fetched_at, first_seen, last_seen, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PostingFingerprints FINGERPRINTS = new PostingFingerprints(DedupProperties.defaults());
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);
    private static final LocalDate LAST_DAY = FIRST_DAY.plusDays(364);
    private static final String ORIGINALS = "SELECT id FROM jobs WHERE duplicate_of IS NULL";

    /** A copy of the generated database of {@code posts} posts, and the analytics over it. */
    @State(Scope.Benchmark)
    public static class Market {

        @Param("100000")
        public int posts;

        Path dir;

        SingleConnectionDataSource data;

        JdbcTemplate jdbc;

        MarketPostGenerator generator;

        @Setup
        public void open() throws Exception {
            // Flyway's and the loader's INFO lines would bury the figures.
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
            generator = generator(posts);
            Path template = template(posts);
            dir = Files.createTempDirectory("market-bench-");
            Files.copy(template, dir.resolve("bench.db"));
            data = new SingleConnectionDataSource("jdbc:sqlite:" + dir.resolve("bench.db")
                    + "?journal_mode=WAL&synchronous=NORMAL", true);
            jdbc = new JdbcTemplate(data);
        }

        MarketAnalytics analytics() {
            return new MarketAnalytics(new MarketPostReader(jdbc, JSON), new SqliteJobTextSearch(jdbc),
                    SkillTaxonomy.bundled(), new MarketAnalyticsProperties(5, 3));
        }

        @TearDown
        public void delete() throws IOException {
            data.destroy();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** The analytics with their in-memory copy loaded, as after the first report. */
    @State(Scope.Benchmark)
    public static class Loaded {

        MarketAnalytics analytics;

        @Setup
        public void load(Market market) {
            analytics = market.analytics();
            analytics.report(MarketFilter.everything());
        }
    }

    @State(Scope.Benchmark)
    public static class Shape {

        @Param({ "no filter", "q=kubernetes", "q=engineer (broad)", "skill=Python", "remote=hybrid&location=DE",
                "from/to (last quarter)" })
        public String shape;

        MarketFilter filter;

        @Setup
        public void parse() {
            filter = switch (shape) {
                case "no filter" -> MarketFilter.everything();
                case "q=kubernetes" -> filter(null, null, "kubernetes", null, null, null);
                case "q=engineer (broad)" -> filter(null, null, "engineer", null, null, null);
                case "skill=Python" -> filter(null, null, null, null, null, "Python");
                case "remote=hybrid&location=DE" -> filter(null, null, null, "DE", "hybrid", null);
                case "from/to (last quarter)" -> filter(LAST_DAY.minusDays(90), LAST_DAY, null, null, null, null);
                default -> throw new IllegalArgumentException("unknown query shape " + shape);
            };
        }
    }

    /** 100 new posts written before each measured report, as collected now. */
    @State(Scope.Benchmark)
    public static class NewPosts {

        List<String> ids;

        /** The generator past the stored posts, and their ids in order: reposts link to them. */
        @Setup
        public void skipStored(Market market) {
            market.generator.posts(market.posts);
            ids = new ArrayList<>(market.jdbc.queryForList("SELECT id FROM jobs ORDER BY rowid", String.class));
        }

        @Setup(Level.Invocation)
        public void write(Market market) throws SQLException {
            MarketBenchmark.write(market.data.getConnection(), market.generator.posts(100), ids, Instant.now());
        }
    }

    @State(Scope.Benchmark)
    public static class Aggregation {

        @Param({ "top skills (job_skills join)", "skill pairs (self-join)", "top companies",
                "q as LIKE over descriptions" })
        public String query;

        String sql;

        @Setup
        public void write() {
            sql = switch (query) {
                case "top skills (job_skills join)" -> "SELECT skill, COUNT(*) n FROM job_skills WHERE job_id IN ("
                        + ORIGINALS + ") GROUP BY skill ORDER BY n DESC LIMIT 20";
                case "skill pairs (self-join)" -> "SELECT a.skill, b.skill, COUNT(*) n FROM job_skills a "
                        + "JOIN job_skills b ON b.job_id = a.job_id AND b.skill > a.skill WHERE a.job_id IN ("
                        + ORIGINALS + ") GROUP BY a.skill, b.skill ORDER BY n DESC LIMIT 20";
                case "top companies" -> "SELECT company_key, COUNT(*) n FROM jobs WHERE duplicate_of IS NULL "
                        + "GROUP BY company_key ORDER BY n DESC LIMIT 20";
                case "q as LIKE over descriptions" -> "SELECT COUNT(*) FROM jobs WHERE duplicate_of IS NULL AND "
                        + "(title LIKE '%kubernetes%' OR description LIKE '%kubernetes%')";
                default -> throw new IllegalArgumentException("unknown aggregation " + query);
            };
        }
    }

    /** A report of one query shape, the in-memory copy loaded. */
    @Benchmark
    public MarketReport report(Loaded loaded, Shape shape) {
        return loaded.analytics.report(shape.filter);
    }

    /** The first report of an instance: the in-memory copy loaded from SQLite. */
    @Benchmark
    public MarketReport firstReport(Market market) {
        return market.analytics().report(MarketFilter.everything());
    }

    /** A report after 100 new posts: the in-memory copy catches up. */
    @Benchmark
    public MarketReport reportAfterHundredNewPosts(Loaded loaded, NewPosts newPosts) {
        return loaded.analytics.report(MarketFilter.everything());
    }

    /** For comparison: the same statistics as SQL aggregations over the tables. */
    @Benchmark
    public List<?> sqlAggregation(Market market, Aggregation aggregation) {
        return market.jdbc.queryForList(aggregation.sql);
    }

    private static MarketPostGenerator generator(int posts) {
        return new MarketPostGenerator(42, FIRST_DAY, 365, Math.max(50, posts / 40), 0.05);
    }

    /** The database of {@code posts} generated posts, written once per size into the temporary folder. */
    private static synchronized Path template(int posts) throws Exception {
        Path template = Path.of(System.getProperty("java.io.tmpdir"), "careergpt-market-bench-" + posts + ".db");
        if (Files.exists(template)) {
            return template;
        }
        Path writing = Files.createTempFile("careergpt-market-bench-", ".db");
        Files.delete(writing);
        SingleConnectionDataSource data = new SingleConnectionDataSource("jdbc:sqlite:" + writing, true);
        try {
            Flyway.configure().dataSource(data).locations(SchemaVendor.SQLITE.locations())
                .placeholders(SchemaVendor.SQLITE.placeholders()).load().migrate();
            write(data.getConnection(), generator(posts).posts(posts), new ArrayList<>(), null);
        } finally {
            data.destroy();
        }
        Files.move(writing, template, StandardCopyOption.ATOMIC_MOVE);
        return template;
    }

    private static MarketFilter filter(LocalDate from, LocalDate to, String q, String location, String remote,
            String skill) {
        return MarketFilter.of(from, to, q, location, remote, skill, null, null, null);
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
}
