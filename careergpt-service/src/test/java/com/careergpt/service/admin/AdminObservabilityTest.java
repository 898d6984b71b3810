package com.careergpt.service.admin;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.signUp;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.common.jdbc.TimeColumns;
import com.careergpt.common.logs.LogEventRecorder;
import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.alerts.AlertMonitor;
import com.careergpt.service.llm.TokenUsage;
import com.careergpt.service.llm.ledger.CallOutcome;
import com.careergpt.service.llm.ledger.LedgerEntry;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.requestlog.RequestLogWriter;
import com.careergpt.service.retention.RetentionPurge;
import com.careergpt.service.support.GatewayTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The admin API end to end with a real identity-service: who may use it, usage numbers against what the test did,
 * logs with filters and across both services, the live tail, error groups, alerts and retention.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AdminObservabilityTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final String ADMIN = bearer(tokenFor("admin-" + UUID.randomUUID(), "admin")).get("Authorization");

    @LocalServerPort
    int port;

    @Autowired
    RequestLogWriter requestLog;

    @Autowired
    LogEventRecorder logEvents;

    @Autowired
    LlmLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RetentionPurge retention;

    @Autowired
    AlertMonitor alerts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
        registry.add("careergpt.alerts.guest-creations", () -> "1000");
        registry.add("careergpt.alerts.user-spend-usd", () -> "1.0");
        registry.add("careergpt.alerts.provider-min-calls", () -> "4");
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
    }

    @Test
    void adminEndpointsRefuseGuestsAndVerifiedNonAdmins() {
        TestHttp guest = device();
        guest.post("/auth/guest", null);
        Map<String, String> user = bearer(tokenFor("plain-" + UUID.randomUUID(), "user"));
        for (String path : List.of("/api/admin/usage", "/api/admin/logs", "/api/admin/logs/stream",
                "/api/admin/alerts", "/api/admin/errors")) {
            assertThat(guest.get(path).status()).as(path).isEqualTo(401);
            TestHttp.Response refused = device().get(path, user);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.problemType()).isEqualTo("admin-required");
        }
        for (String path : List.of("/api/admin/usage", "/api/admin/logs", "/api/admin/alerts", "/api/admin/errors")) {
            assertThat(device().get(path, admin()).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void usageCountsTheFunnelActionsAndLlmCallsOfWhatHappened(CapturedOutput output) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode before = usage(today);

        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestHttp guest = device();
            guests.add(guest.post("/auth/guest", null).json().path("id").asString());
            if (i == 0) {
                assertThat(guest.post("/api/test/actions", "{}").status()).isEqualTo(200);
            }
            if (i == 1) {
                guest.post("/auth/email", "{\"email\":\"funnel-" + UUID.randomUUID() + "@example.org\"}");
            }
        }
        Map<String, String> verified = bearer(signUp(device(), output, "funnel-v-" + UUID.randomUUID() + "@example.org"));
        assertThat(device().post("/api/test/actions", "{}", verified).status()).isEqualTo(200);
        assertThat(device().post("/api/test/actions", "{}", verified).status()).isEqualTo(200);
        requestLog.flush();

        String provider = "usage-" + UUID.randomUUID().toString().substring(0, 8);
        long[] latencies = {120, 40, 300, 80, 60, 200, 90, 1000, 70, 50};
        for (int i = 0; i < latencies.length; i++) {
            ledger.record(entry(provider, "job_summary", latencies[i], i == 3 ? CallOutcome.ERROR : CallOutcome.OK,
                    false, 0.001 * (i + 1), "u-usage"));
        }
        ledger.record(entry(provider, "job_summary", 1, CallOutcome.OK, true, 0, "u-usage"));

        JsonNode after = usage(today);
        JsonNode dayBefore = funnelDay(before, today);
        JsonNode dayAfter = funnelDay(after, today);
        assertThat(dayAfter.path("guests").asLong() - dayBefore.path("guests").asLong()).isEqualTo(5);
        assertThat(dayAfter.path("emailCollected").asLong() - dayBefore.path("emailCollected").asLong()).isEqualTo(2);
        assertThat(dayAfter.path("verified").asLong() - dayBefore.path("verified").asLong()).isEqualTo(1);
        assertThat(dayAfter.path("guestToEmail").asDouble()).isEqualTo(Math.round(10_000.0
                * dayAfter.path("emailCollected").asLong() / dayAfter.path("guests").asLong()) / 10_000.0);
        assertThat(actions(after, today, "guest") - actions(before, today, "guest")).isEqualTo(1);
        assertThat(actions(after, today, "verified") - actions(before, today, "verified")).isEqualTo(2);

        JsonNode llm = StreamSupport.stream(after.path("llm").spliterator(), false)
                .filter(row -> row.path("provider").asString().equals(provider)).findFirst().orElseThrow();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        assertThat(llm.path("calls").asLong()).isEqualTo(latencies.length);
        assertThat(llm.path("cacheHits").asLong()).isEqualTo(1);
        assertThat(llm.path("latencyP50Ms").asLong()).isEqualTo(sorted[4]);
        assertThat(llm.path("latencyP95Ms").asLong()).isEqualTo(sorted[9]);
        assertThat(llm.path("errorRate").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(llm.path("promptTokens").asLong()).isEqualTo(11 * 100);
        assertThat(llm.path("costUsd").asDouble()).isCloseTo(0.055, within(1e-9));

        TestHttp.Response inverted = device().get("/api/admin/usage?from=2026-02-01&to=2026-01-01", admin());
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.json().path("field").asString()).isEqualTo("to");
    }

    @Test
    void aRequestIdFindsTheLinesOfBothServicesAndFiltersNarrowTheLog() {
        String requestId = "trace-" + UUID.randomUUID();
        TestHttp guest = device();
        guest.post("/auth/guest", null);
        guest.post("/auth/email", "{\"email\":\"logs-" + UUID.randomUUID() + "@example.org\"}",
                Map.of("X-Request-Id", requestId));
        requestLog.flush();
        logEvents.flush();

        JsonNode page = device().get("/api/admin/logs?requestId=" + requestId, admin()).json();
        JsonNode lines = page.path("items");
        assertThat(page.path("total").asLong()).as("identity-service's lines count too").isEqualTo(lines.size());
        assertThat(lines.valueStream().map(line -> line.path("service").asString() + "/" + line.path("kind").asString()))
                .contains("careergpt-service/request", "identity-service/event");
        assertThat(lines.valueStream().filter(line -> line.path("service").asString().equals("identity-service"))
                .map(line -> line.path("message").asString())).anyMatch(message -> message.contains("Sent a code to"))
                .noneMatch(message -> message.contains("Verification code"));

        String failing = "fail-" + UUID.randomUUID();
        Map<String, String> user = new HashMap<>(bearer(tokenFor("logs-user-" + UUID.randomUUID(), "user")));
        user.put("X-Request-Id", failing);
        assertThat(device().post("/api/test/failing-actions", "{}", user).status()).isEqualTo(500);
        requestLog.flush();

        JsonNode errors = device().get("/api/admin/logs?level=ERROR&kind=request&path=/api/test/", admin()).json();
        assertThat(errors.path("items").valueStream().map(line -> line.path("requestId").asString())).contains(failing);
        assertThat(errors.path("items").valueStream().map(line -> line.path("status").asInt())).allMatch(s -> s >= 500);
        JsonNode byText = device().get("/api/admin/logs?q=provider%20is%20down", admin()).json();
        assertThat(byText.path("items").valueStream().map(line -> line.path("requestId").asString())).contains(failing);
        JsonNode okOnly = device().get("/api/admin/logs?status=200&path=/api/test/failing", admin()).json();
        assertThat(okOnly.path("items").size()).isZero();

        TestHttp.Response badLevel = device().get("/api/admin/logs?level=LOUD", admin());
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().path("field").asString()).isEqualTo("level");

        JsonNode groups = device().get("/api/admin/errors", admin()).json().path("items");
        JsonNode group = groups.valueStream()
                .filter(candidate -> candidate.path("path").asString().equals("/api/test/failing-actions"))
                .findFirst().orElseThrow();
        assertThat(group.path("exceptionType").asString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(group.path("sampleRequestId").asString()).isEqualTo(failing);
        long count = group.path("count").asLong();
        device().post("/api/test/failing-actions", "{}", bearer(tokenFor("other-" + UUID.randomUUID(), "user")));
        JsonNode again = device().get("/api/admin/errors", admin()).json().path("items").valueStream()
                .filter(candidate -> candidate.path("fingerprint").asString().equals(group.path("fingerprint").asString()))
                .findFirst().orElseThrow();
        assertThat(again.path("count").asLong()).isEqualTo(count + 1);
    }

    @Test
    void theLiveTailDeliversANewLineWithinASecond() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest stream = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/admin/logs/stream?path=/api/test/bare"))
                .header("Authorization", ADMIN).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = client.send(stream, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    received.add(line);
                }
            } catch (Exception closed) {
                received.add("closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(":tailing");

        device().get("/api/test/bare");
        long sent = System.nanoTime();
        String event = null;
        String data = null;
        while (data == null) {
            String line = received.poll(1, TimeUnit.SECONDS);
            assertThat(line).as("a line within a second").isNotNull();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).strip();
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
        assertThat(event).isEqualTo("log");
        assertThat(data).contains("\"path\":\"/api/test/bare\"").contains("\"kind\":\"request\"");
        response.body().close();
    }

    @Test
    void anIncidentOpensOnceAndResolvesOnce() {
        String provider = "flaky-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 4; i++) {
            ledger.record(entry(provider, "job_extract", 10, i == 0 ? CallOutcome.OK : CallOutcome.ERROR, false, 0,
                    "u-alerts"));
        }
        String spender = "spender-" + UUID.randomUUID();
        ledger.record(entry("builtin", "cover_letter", 10, CallOutcome.OK, false, 1.5, spender));

        alerts.check();
        alerts.check();
        assertThat(incidents(provider)).extracting(incident -> incident.path("status").asString()).containsExactly("open");
        assertThat(incidents(spender)).extracting(incident -> incident.path("kind").asString())
                .containsExactly("user-spend");

        jdbc.update("DELETE FROM llm_calls WHERE provider = ?", provider);
        alerts.check();
        alerts.check();
        List<JsonNode> resolved = incidents(provider);
        assertThat(resolved).hasSize(1);
        assertThat(resolved.get(0).path("status").asString()).isEqualTo("resolved");
        assertThat(resolved.get(0).path("value").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(incidents(spender).get(0).path("status").asString()).isEqualTo("open");
    }

    @Test
    void timesAnswerAsIsoInstantsToTheMillisecond() {
        Instant at = Instant.parse("2026-11-30T10:15:30.120Z");
        String requestId = "times-" + UUID.randomUUID();
        String subject = "times-" + UUID.randomUUID();
        ledger.record(new LedgerEntry(requestId, "u-times", "job_summary", "call", "builtin", "m", "v1",
                new TokenUsage(1, 1), at, at.plusMillis(5), 0, false, CallOutcome.OK, null, null, null, null, null));
        jdbc.update("INSERT INTO log_events (id, logged_at, service, level, logger, message, request_id) "
                + "VALUES (?, ?, 'careergpt-service', 'INFO', 'x', 'a line', ?)", UUID.randomUUID().toString(),
                TimeColumns.bind(at.plusMillis(1)), requestId);
        jdbc.update("INSERT INTO error_groups (fingerprint, status, path, occurrences, first_seen, last_seen) "
                + "VALUES (?, 500, ?, 2, ?, ?)", subject, "/" + subject, TimeColumns.bind(at),
                TimeColumns.bind(at.plusMillis(2)));
        jdbc.update("INSERT INTO alert_incidents (id, kind, subject, opened_at, resolved_at, value, threshold, message) "
                + "VALUES (?, 'user-spend', ?, ?, ?, 1.5, 1, 'm')", UUID.randomUUID().toString(), subject,
                TimeColumns.bind(at), TimeColumns.bind(at.plusMillis(3)));
        String day = "&from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z";

        JsonNode lines = device().get("/api/admin/logs?requestId=" + requestId + day, admin()).json().path("items");
        assertThat(lines.valueStream().map(line -> line.path("kind").asString() + " " + line.path("time").asString()))
                .containsExactly("event 2026-11-30T10:15:30.121Z", "llm 2026-11-30T10:15:30.120Z");
        JsonNode group = device().get("/api/admin/errors?" + day.substring(1), admin()).json().path("items")
                .valueStream().filter(candidate -> candidate.path("fingerprint").asString().equals(subject))
                .findFirst().orElseThrow();
        assertThat(group.path("firstSeen").asString()).isEqualTo("2026-11-30T10:15:30.120Z");
        assertThat(group.path("lastSeen").asString()).isEqualTo("2026-11-30T10:15:30.122Z");
        JsonNode incident = incidents(subject).get(0);
        assertThat(incident.path("openedAt").asString()).isEqualTo("2026-11-30T10:15:30.120Z");
        assertThat(incident.path("resolvedAt").asString()).isEqualTo("2026-11-30T10:15:30.123Z");
        assertThat(incident.path("status").asString()).isEqualTo("resolved");
    }

    @Test
    void retentionDeletesWhatIsOlderThanItsSetting() {
        Instant old = Instant.now().minus(Duration.ofDays(400));
        String marker = "old-" + UUID.randomUUID();
        jdbc.update("INSERT INTO request_log (logged_at, method, path, status, latency_ms, request_id, action) "
                + "VALUES (?, 'GET', '/old', 200, 1, ?, ?)", Timestamp.from(old), marker, false);
        jdbc.update("INSERT INTO log_events (id, logged_at, service, level, logger, message, request_id) "
                + "VALUES (?, ?, 'careergpt-service', 'INFO', 'x', 'old line', ?)", UUID.randomUUID().toString(),
                Timestamp.from(old), marker);
        ledger.record(new LedgerEntry(marker, "u-old", "job_summary", "call", "builtin", "m", "v1",
                new TokenUsage(1, 1), old, old.plusMillis(5), 0, false, CallOutcome.OK, null, null, null, null, null));
        String recent = "recent-" + UUID.randomUUID();
        jdbc.update("INSERT INTO request_log (logged_at, method, path, status, latency_ms, request_id, action) "
                + "VALUES (?, 'GET', '/recent', 200, 1, ?, ?)", Timestamp.from(Instant.now()), recent, false);

        Map<String, Integer> deleted = retention.purge();

        assertThat(deleted.get("request_log")).isGreaterThanOrEqualTo(1);
        assertThat(count("request_log", marker)).isZero();
        assertThat(count("log_events", marker)).isZero();
        assertThat(count("llm_calls", marker)).isZero();
        assertThat(count("request_log", recent)).isEqualTo(1);
    }

    private long count(String table, String requestId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE request_id = ?", Long.class, requestId);
    }

    private List<JsonNode> incidents(String subject) {
        return device().get("/api/admin/alerts", admin()).json().path("items").valueStream()
                .filter(incident -> incident.path("subject").asString().equals(subject)).toList();
    }

    private static LedgerEntry entry(String provider, String task, long latencyMs, CallOutcome outcome,
            boolean cacheHit, double cost, String userId) {
        Instant start = Instant.now().minusMillis(latencyMs);
        return new LedgerEntry("req-" + UUID.randomUUID(), userId, task, cacheHit ? "cache" : "call", provider, "m1",
                "v1", new TokenUsage(100, 20), start, start.plusMillis(latencyMs), cost, cacheHit, outcome,
                outcome == CallOutcome.OK ? null : "server_error", outcome == CallOutcome.OK ? null : "boom", null,
                null, null);
    }

    private JsonNode usage(String today) {
        TestHttp.Response response = device().get("/api/admin/usage?from=" + today + "&to=" + today, admin());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode funnelDay(JsonNode usage, String day) {
        return usage.path("funnel").valueStream().filter(row -> row.path("day").asString().equals(day))
                .findFirst().orElseThrow();
    }

    private static long actions(JsonNode usage, String day, String state) {
        return usage.path("actions").valueStream()
                .filter(row -> row.path("day").asString().equals(day) && row.path("state").asString().equals(state))
                .mapToLong(row -> row.path("count").asLong()).sum();
    }

    private static Map<String, String> admin() {
        return Map.of("Authorization", ADMIN);
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }
}
