package com.careergpt.service.scraping.collect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.support.GatewayTestSupport;
import com.careergpt.service.support.ServiceProcess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A background collection (a JobRunr job) whose service is killed with SIGKILL part-way through, while a page is
 * being fetched, finishes after the service is started again on the same data directory: every page stored exactly
 * once, the pages stored before the kill not fetched again, every stored job embedded.
 */
class CollectionSurvivesKillTest {

    private static final int PAGES = 12;
    private static final String[] TITLES = {"Backend Engineer", "Data Analyst", "Product Designer",
        "Site Reliability Engineer", "Mobile Developer", "Security Engineer", "QA Automation Engineer",
        "Machine Learning Engineer", "Technical Writer", "Frontend Developer", "Database Administrator",
        "Solutions Architect"};
    private static final String[] COMPANIES = {"Northwind Labs", "Contoso Health", "Fabrikam Retail", "Tailspin Air",
        "Litware Media", "Adatum Security", "Proseware Games", "Wingtip Robotics", "Lucerne Publishing",
        "Coho Vineyard", "Trey Research", "Woodgrove Bank"};
    private static final String[] SKILLS = {"Java and Kafka", "SQL and Tableau", "Figma and user research",
        "Kubernetes and Terraform", "Kotlin and Swift", "threat modelling and penetration testing",
        "Selenium and Cypress", "PyTorch and MLOps", "API documentation and Markdown", "TypeScript and React",
        "PostgreSQL tuning and backups", "AWS and event-driven design"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FixtureServer site = new FixtureServer();
    private ServiceProcess service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        site.close();
    }

    @Test
    void aCollectionKilledMidwayFinishesAfterRestartWithEveryPostStoredOnce() throws SQLException {
        List<String> paths = IntStream.range(0, PAGES).mapToObj(i -> "/careers/" + i + ".html").toList();
        for (int i = 0; i < PAGES; i++) {
            site.page(paths.get(i), 200, "text/html; charset=utf-8", jobPage(i));
        }
        site.latency(Duration.ofMillis(700));
        service = ServiceProcess.start("careergpt.scraper.allowed-hosts=localhost:" + site.port(),
                "careergpt.scraper.politeness-delay=0s", "careergpt.gateway.user-requests-per-minute=100000");
        Map<String, String> auth = bearer(tokenFor("kill-test-user", "user"));
        List<String> urls = paths.stream().map(site::url).toList();

        TestHttp.Response submitted = device().post("/api/jobs/collect",
                JSON.writeValueAsString(Map.of("urls", urls, "render", "static")), auth);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().path("id").asString();

        awaitCollection(id, auth, collection -> collection.path("done").asInt() >= 4, Duration.ofSeconds(90));
        service.kill();

        Map<String, String> finishedBeforeKill = finishedItems(id);
        assertThat(finishedBeforeKill).as("stored before the kill").hasSizeGreaterThanOrEqualTo(4)
                .hasSizeLessThan(PAGES);
        assertThat(collectionStatus(id)).isNotEqualTo("done");

        service.restart();
        JsonNode finished = awaitCollection(id, auth, collection -> collection.path("status").asString().equals("done"),
                Duration.ofSeconds(150));

        assertThat(finished.path("done").asInt()).isEqualTo(PAGES);
        assertThat(finished.path("total").asInt()).isEqualTo(PAGES);
        List<JsonNode> items = finished.path("items").valueStream().toList();
        assertThat(items).extracting(item -> item.path("url").asString()).containsExactlyElementsOf(urls);
        assertThat(items).extracting(item -> item.path("outcome").asString()).containsOnly("stored");
        assertThat(items).extracting(item -> item.path("jobId").asString()).doesNotHaveDuplicates();

        try (Connection db = DriverManager.getConnection(service.jdbcUrl())) {
            assertThat(count(db, "SELECT COUNT(*) FROM jobs")).isEqualTo(PAGES);
            assertThat(count(db, "SELECT COUNT(DISTINCT source_url) FROM jobs")).isEqualTo(PAGES);
            assertThat(count(db, "SELECT COUNT(*) FROM job_raw")).isEqualTo(PAGES);
            assertThat(finishedItems(id)).containsAllEntriesOf(finishedBeforeKill);
        }
        finishedBeforeKill.keySet().forEach(url ->
                assertThat(site.requests(url.substring(url.indexOf("/careers/")))).as("fetches of " + url).isEqualTo(1));
        paths.forEach(path -> assertThat(site.requests(path)).as("fetches of " + path).isBetween(1, 2));

        awaitJobEmbeddings(PAGES, Duration.ofSeconds(60));
    }

    private TestHttp device() {
        return GatewayTestSupport.device(service.port());
    }

    private JsonNode awaitCollection(String id, Map<String, String> auth, Predicate<JsonNode> condition,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode collection = null;
        while (Instant.now().isBefore(deadline)) {
            TestHttp.Response response = device().get("/api/collections/" + id, auth);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            collection = response.json();
            if (condition.test(collection)) {
                return collection;
            }
            pause(200);
        }
        throw new AssertionError("Collection " + id + " did not get there within " + timeout + ": " + collection
                + "\n" + service.logTail());
    }

    private void awaitJobEmbeddings(int expected, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        long embedded = 0;
        try (Connection db = DriverManager.getConnection(service.jdbcUrl())) {
            while (Instant.now().isBefore(deadline)) {
                embedded = count(db, "SELECT COUNT(DISTINCT item_id) FROM embeddings WHERE item_kind = 'job'");
                if (embedded == expected) {
                    return;
                }
                pause(500);
            }
        }
        throw new AssertionError(embedded + " of " + expected + " stored jobs embedded after " + timeout);
    }

    /** The collection's items that have an outcome, by URL: outcome and job id, read straight from SQLite. */
    private Map<String, String> finishedItems(String id) throws SQLException {
        Map<String, String> finished = new HashMap<>();
        try (Connection db = DriverManager.getConnection(service.jdbcUrl());
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT source, outcome, job_id FROM collection_items "
                        + "WHERE outcome IS NOT NULL AND collection_id = '" + id + "'")) {
            while (rows.next()) {
                finished.put(rows.getString(1), rows.getString(2) + " " + rows.getString(3));
            }
        }
        return finished;
    }

    private String collectionStatus(String id) throws SQLException {
        try (Connection db = DriverManager.getConnection(service.jdbcUrl());
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT status FROM collections WHERE id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String jobPage(int i) {
        String posting = JSON.writeValueAsString(Map.of(
                "@context", "https://schema.org",
                "@type", "JobPosting",
                "title", TITLES[i],
                "hiringOrganization", Map.of("@type", "Organization", "name", COMPANIES[i]),
                "datePosted", "2026-11-" + (10 + i),
                "employmentType", "FULL_TIME",
                "jobLocation", Map.of("@type", "Place", "address", Map.of("@type", "PostalAddress",
                        "addressLocality", "Berlin", "addressCountry", "DE")),
                "description", "<p>" + COMPANIES[i] + " is hiring a " + TITLES[i] + ". You will work with "
                        + SKILLS[i] + " in team " + (i + 1) + " and own your part of the product from design to "
                        + "production.</p>"));
        return "<!doctype html><html><head><title>" + TITLES[i] + " at " + COMPANIES[i] + "</title>"
                + "<script type=\"application/ld+json\">" + posting + "</script></head><body><h1>" + TITLES[i]
                + "</h1><p>" + COMPANIES[i] + "</p></body></html>";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
