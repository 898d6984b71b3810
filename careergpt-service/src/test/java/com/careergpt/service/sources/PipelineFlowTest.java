package com.careergpt.service.sources;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.support.GatewayTestSupport;
import com.careergpt.service.support.StandaloneServiceSupport;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved sources, inbound hooks and outgoing webhooks end to end on SQLite: JobRunr runs the jobs, feeds come from a
 * local fixture server, webhook receivers are MockWebServers, and signatures are computed here independently.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PipelineFlowTest {

    static final FixtureServer SITE = new FixtureServer();
    static final MockWebServer RECEIVER = new MockWebServer();
    static final List<RecordedRequest> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger CALLS = new AtomicInteger();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
        SITE.scrapedBy(registry, "localhost:" + RECEIVER.getPort());
        SITE.page("/v1/boards/larkspur/jobs", 200, "application/json", FixtureServer.fixture("feeds/greenhouse-board-jobs.json"));
        RECEIVER.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                RECEIVED.add(request);
                // The first delivery fails once, so that the log shows a retry.
                return new MockResponse().setResponseCode(CALLS.incrementAndGet() == 1 ? 500 : 204);
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        SITE.close();
        RECEIVER.shutdown();
    }

    private TestHttp http() {
        return GatewayTestSupport.device(port);
    }

    private static Map<String, String> user(String id) {
        return bearer(tokenFor(id, "user"));
    }

    @Test
    void aSavedSearchRunsOnCreateAnalysesNewPostsAndSignsItsWebhooks() throws Exception {
        Map<String, String> owner = user("source-owner");
        TestHttp.Response hook = http().post("/api/webhooks",
                "{\"url\":\"http://localhost:" + RECEIVER.getPort() + "/careergpt\"}", owner);
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
        String webhookSecret = hook.json().path("secret").asString();
        assertThat(webhookSecret).startsWith("whsec_");

        TestHttp.Response created = http().post("/api/sources", "{\"kind\":\"search\",\"board\":\"greenhouse\","
                + "\"company\":\"larkspur\",\"query\":\"analytics\",\"analyze\":true}", owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("schedule").asString()).isEqualTo("0 3 * * *");
        assertThat(created.json().path("secret").asString()).startsWith("whsec_");
        assertThat(created.json().path("runId").asString()).isNotBlank();
        assertThat(http().get("/api/sources/" + id, owner).json().has("secret")).isFalse();

        JsonNode run = await(() -> http().get("/api/sources/" + id + "/runs", owner).json().get(0),
                last -> "done".equals(last.path("status").asString()));
        assertThat(run.path("trigger").asString()).isEqualTo("submit");
        assertThat(run.path("stored").asInt()).isEqualTo(1);
        assertThat(run.path("analysed").asInt()).isEqualTo(1);
        assertThat(run.path("toAnalyse").asInt()).isEqualTo(1);
        assertThat(run.path("finishedAt").asString()).isNotBlank();
        JsonNode collection = http().get("/api/collections/" + run.path("collectionId").asString(), owner).json();
        assertThat(collection.path("items").valueStream().map(item -> item.path("url").asString()).toList())
                .containsExactly("https://jobs.example-ats.com/larkspur/jobs/5127810");

        JsonNode log = await(() -> http().get("/api/webhooks/deliveries?sourceId=" + id, owner).json(),
                entries -> entries.valueStream().filter(entry -> entry.path("statusCode").asInt() == 204).count() == 2);
        List<String> attempts = log.valueStream().map(entry -> entry.path("event").asString() + "#"
                + entry.path("attempt").asInt() + ":" + entry.path("statusCode").asInt()).toList();
        // The receiver fails its first request, whichever event that is: that event's second attempt succeeds.
        String retried = attempts.stream().filter(attempt -> attempt.endsWith("#1:500")).findFirst().orElseThrow()
                .replace("#1:500", "");
        String other = retried.equals("analysis.completed") ? "collection.completed" : "analysis.completed";
        assertThat(attempts).containsExactlyInAnyOrder(retried + "#1:500", retried + "#2:204", other + "#1:204");

        for (RecordedRequest request : RECEIVED) {
            String body = request.getBody().clone().readUtf8();
            String timestamp = request.getHeader("X-CareerGPT-Timestamp");
            assertThat(request.getHeader("X-CareerGPT-Signature")).isEqualTo(sign(webhookSecret, timestamp, body));
            assertThat(body).contains("\"event\":\"" + request.getHeader("X-CareerGPT-Event") + "\"");
        }
        assertThat(RECEIVED).anySatisfy(request -> assertThat(request.getBody().clone().readUtf8())
                .contains("\"stored\":1").contains(id));
        String traceId = created.header("X-Request-Id").orElseThrow();
        assertThat(RECEIVED).as("every delivery, retries too, continues the trace of the request that created the source")
                .allSatisfy(request -> assertThat(request.getHeader("traceparent")).startsWith("00-" + traceId + "-"));

        Map<String, String> stranger = user("someone-else");
        assertThat(http().get("/api/sources/" + id, stranger).status()).isEqualTo(404);
        assertThat(http().get("/api/sources/" + id + "/runs", stranger).status()).isEqualTo(404);
        assertThat(http().post("/api/sources/" + id + "/run", null, stranger).status()).isEqualTo(404);
        assertThat(http().get("/api/sources", stranger).json().size()).isZero();

        assertThat(http().delete("/api/sources/" + id, owner).status()).isEqualTo(204);
        assertThat(http().get("/api/sources/" + id, owner).status()).isEqualTo(404);
    }

    @Test
    void theInboundHookRunsASourceOnlyWithAFreshValidSignature() throws Exception {
        Map<String, String> owner = user("hook-owner");
        JsonNode created = http().post("/api/sources", "{\"kind\":\"url\",\"url\":\"" + SITE.url("/jobs/german-prose-salary.html")
                + "\",\"schedule\":\"0 0 1 1 *\",\"runOnCreate\":false}", owner).json();
        String id = created.path("id").asString();
        String secret = created.path("secret").asString();
        String path = "/api/hooks/sources/" + id + "/run";
        String body = "{\"reason\":\"new posts\"}";
        String now = Long.toString(Instant.now().getEpochSecond());
        String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());

        assertUnauthorized(http().post(path, body));
        assertUnauthorized(http().post(path, body, Map.of("X-CareerGPT-Timestamp", now,
                "X-CareerGPT-Signature", sign("whsec_wrong", now, body))));
        assertUnauthorized(http().post(path, body, Map.of("X-CareerGPT-Timestamp", stale,
                "X-CareerGPT-Signature", sign(secret, stale, body))));
        assertUnauthorized(http().post(path, body + " ", Map.of("X-CareerGPT-Timestamp", now,
                "X-CareerGPT-Signature", sign(secret, now, body))));
        assertThat(http().get("/api/sources/" + id + "/runs", owner).json().size()).isZero();

        TestHttp.Response accepted = http().post(path, body, Map.of("X-CareerGPT-Timestamp", now,
                "X-CareerGPT-Signature", sign(secret, now, body)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("trigger").asString()).isEqualTo("hook");
        JsonNode run = await(() -> http().get("/api/sources/" + id + "/runs", owner).json().get(0),
                last -> "done".equals(last.path("status").asString()));
        assertThat(run.path("stored").asInt() + run.path("unchanged").asInt()).isEqualTo(1);

        TestHttp.Response replayed = http().post(path, body, Map.of("X-CareerGPT-Timestamp", now,
                "X-CareerGPT-Signature", sign(secret, now, body)));
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.problemType()).isEqualTo("hook-replayed");
        String later = Long.toString(Long.parseLong(now) + 1);
        TestHttp.Response tooSoon = http().post(path, body, Map.of("X-CareerGPT-Timestamp", later,
                "X-CareerGPT-Signature", sign(secret, later, body)));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.header("Retry-After")).isPresent();
        assertThat(http().get("/api/sources/" + id + "/runs", owner).json().size()).isEqualTo(1);
    }

    @Test
    void invalidSourcesAndWebhooksNameTheFieldAtFault() {
        Map<String, String> owner = user("careless-owner");
        assertProblem(http().post("/api/sources", "{\"kind\":\"url\",\"url\":\"https://jobs.example/1\",\"schedule\":\"nightly\"}", owner), "schedule");
        assertProblem(http().post("/api/sources", "{\"kind\":\"url\",\"url\":\"https://jobs.example/1\",\"schedule\":\"61 * * * *\"}", owner), "schedule");
        assertProblem(http().post("/api/sources", "{\"url\":\"https://jobs.example/1\"}", owner), "kind");
        assertProblem(http().post("/api/sources", "{\"kind\":\"url\",\"url\":\"file:///etc/passwd\"}", owner), "url");
        assertProblem(http().post("/api/sources", "{\"kind\":\"feed\",\"board\":\"monster\",\"company\":\"acme\"}", owner), "board");
        assertProblem(http().post("/api/sources", "{\"kind\":\"search\",\"board\":\"lever\",\"company\":\"acme\"}", owner), "query");
        assertProblem(http().post("/api/webhooks", "{\"url\":\"gopher://hooks.example\"}", owner), "url");
        assertProblem(http().post("/api/webhooks", "{\"url\":\"https://hooks.example\",\"events\":[\"job.deleted\"]}", owner), "events");
    }

    @Test
    void webhooksToAddressesTheGuardRefusesAreRefusedAtRegistration() {
        Map<String, String> owner = user("private-hooks-owner");
        for (String url : List.of("http://127.0.0.1:" + RECEIVER.getPort() + "/careergpt", "http://localhost:1/hook",
                "http://[::1]/hook", "http://10.0.0.7/hook", "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]/hook", "http://0.0.0.0:8080/")) {
            assertProblem(http().post("/api/webhooks", "{\"url\":\"" + url + "\"}", owner), "url");
        }
        assertThat(http().get("/api/webhooks", owner).json().size()).isZero();

        TestHttp.Response allowed = http().post("/api/webhooks",
                "{\"url\":\"http://localhost:" + RECEIVER.getPort() + "/allowed\"}", owner);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
        assertThat(http().delete("/api/webhooks/" + allowed.json().path("id").asString(), owner).status()).isEqualTo(204);
    }

    @Test
    void schedulesRunningMoreOftenThanTheMinimumAreRefused() {
        Map<String, String> owner = user("hasty-owner");
        for (String schedule : List.of("* * * * *", "*/5 * * * *", "0,1 3 * * *", "*/30 * * * * *", "* * 31 * *",
                "0,14 * * * *")) {
            assertProblem(http().post("/api/sources", "{\"kind\":\"url\",\"url\":\"https://jobs.example/1\","
                    + "\"runOnCreate\":false,\"schedule\":\"" + schedule + "\"}", owner), "schedule");
        }
        assertThat(http().get("/api/sources", owner).json().size()).isZero();

        TestHttp.Response quarterHourly = http().post("/api/sources", "{\"kind\":\"url\",\"url\":\"https://jobs.example/1\","
                + "\"runOnCreate\":false,\"schedule\":\"*/15 * * * *\"}", owner);
        assertThat(quarterHourly.status()).as(quarterHourly.body()).isEqualTo(201);
        assertThat(http().delete("/api/sources/" + quarterHourly.json().path("id").asString(), owner).status())
                .isEqualTo(204);
    }

    static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static <T> T await(Supplier<T> probe, Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        T last = probe.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = probe.get();
        }
        assertThat(done.test(last)).as("still waiting: %s", last).isTrue();
        return last;
    }

    private static void assertUnauthorized(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).endsWith("invalid-signature");
    }

    private static void assertProblem(TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo(field);
    }
}
