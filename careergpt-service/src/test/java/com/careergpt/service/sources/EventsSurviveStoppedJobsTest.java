package com.careergpt.service.sources;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.OffsetBasedPageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.CareerGptApplication;
import com.careergpt.service.scraping.collect.CollectionCompleted;
import com.careergpt.service.scraping.collect.CollectionJobs;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.support.GatewayTestSupport;
import com.careergpt.service.support.StandaloneServiceSupport;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that stops between finishing its work and announcing it (here: an exception thrown by the first listener of
 * the event, as a crash would leave it) still gets its event to the webhooks, once, through JobRunr's retry; and an
 * event announced again after a stop between announcing and recording it is not delivered twice.
 */
@SpringBootTest(classes = {CareerGptApplication.class, EventsSurviveStoppedJobsTest.Stops.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsSurviveStoppedJobsTest {

    static final FixtureServer SITE = new FixtureServer();
    static final MockWebServer RECEIVER = new MockWebServer();
    static final List<RecordedRequest> RECEIVED = new CopyOnWriteArrayList<>();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Throws once, before any other listener, on the next event of the armed type for the armed user. */
    static class Stops {

        static final AtomicReference<String> ARMED = new AtomicReference<>();
        static final AtomicInteger STOPPED = new AtomicInteger();

        static void arm(Class<?> eventType, String userId) {
            ARMED.set(eventType.getSimpleName() + "/" + userId);
        }

        @EventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void collectionCompleted(CollectionCompleted event) {
            stopIfArmed(CollectionCompleted.class, event.userId());
        }

        @EventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void analysisCompleted(AnalysisCompleted event) {
            stopIfArmed(AnalysisCompleted.class, event.userId());
        }

        private static void stopIfArmed(Class<?> eventType, String userId) {
            String target = eventType.getSimpleName() + "/" + userId;
            if (target.equals(ARMED.getAndUpdate(armed -> target.equals(armed) ? null : armed))) {
                STOPPED.incrementAndGet();
                throw new IllegalStateException("Simulated stop before " + eventType.getSimpleName() + " was announced");
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CollectionJobs collectionJobs;

    @Autowired
    StorageProvider jobStorage;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
        SITE.scrapedBy(registry, "localhost:" + RECEIVER.getPort());
        RECEIVER.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                RECEIVED.add(request);
                return new MockResponse().setResponseCode(204);
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        SITE.close();
        RECEIVER.shutdown();
    }

    @Test
    void aCollectionStoppedBeforeAnnouncingIsAnnouncedOnceByTheRetriedJob() throws Exception {
        Map<String, String> owner = userWithWebhook("stopped-before-announcing", "collection.completed");
        Stops.arm(CollectionCompleted.class, "stopped-before-announcing");
        int stopsBefore = Stops.STOPPED.get();

        String collectionId = collect(owner, "/jobs/ats-jsonld-backend.html");

        List<JsonNode> events = awaitDeliveries("collection.completed", "collectionId", collectionId);
        assertThat(Stops.STOPPED.get()).as("the first attempt was stopped").isEqualTo(stopsBefore + 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("data").path("counts").path("stored").asInt()).isEqualTo(1);
        assertThat(http().get("/api/collections/" + collectionId, owner).json().path("status").asString())
                .isEqualTo("done");
    }

    @Test
    void aCollectionAnnouncedAgainAfterAStopIsDeliveredOnce() throws Exception {
        Map<String, String> owner = userWithWebhook("stopped-after-announcing", "collection.completed");
        String collectionId = collect(owner, "/jobs/microdata-contract-hourly-gbp.html");
        List<JsonNode> first = awaitDeliveries("collection.completed", "collectionId", collectionId);
        assertThat(first).hasSize(1);

        // As if the job had stopped after publishing the event but before recording it: its retry publishes again.
        jdbc.update("UPDATE collections SET announced_at = NULL WHERE id = ?", collectionId);
        collectionJobs.run(collectionId);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM collections WHERE id = ? AND announced_at IS NOT NULL",
                Integer.class, collectionId)).isEqualTo(1);
        awaitNoJobsLeft();
        List<JsonNode> all = deliveries("collection.completed", "collectionId", collectionId);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).path("id").asString()).isEqualTo(first.get(0).path("id").asString());
    }

    @Test
    void aSourceRunStoppedBeforeAnnouncingItsAnalysesIsAnnouncedOnceByTheRetriedJob() throws Exception {
        Map<String, String> owner = userWithWebhook("analyses-stopped", "analysis.completed");
        Stops.arm(AnalysisCompleted.class, "analyses-stopped");
        int stopsBefore = Stops.STOPPED.get();

        TestHttp.Response created = http().post("/api/sources", "{\"kind\":\"url\",\"url\":\""
                + SITE.url("/jobs/lever-remote-prose-salary.html") + "\",\"schedule\":\"0 0 1 1 *\",\"analyze\":true}",
                owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String runId = created.json().path("runId").asString();

        List<JsonNode> events = awaitDeliveries("analysis.completed", "runId", runId);
        assertThat(Stops.STOPPED.get()).as("the first attempt was stopped").isEqualTo(stopsBefore + 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("data").path("analyses").size()).isEqualTo(1);
        JsonNode run = PipelineFlowTest.await(() -> http().get("/api/sources/" + created.json().path("id").asString()
                + "/runs", owner).json().get(0), last -> "done".equals(last.path("status").asString()));
        assertThat(run.path("analysed").asInt()).isEqualTo(1);
        assertThat(run.path("toAnalyse").asInt()).isEqualTo(1);
        // The retried job went on from the analysis it had recorded instead of making it again.
        JsonNode results = http().get("/api/results?task=job_summary", owner).json();
        assertThat(results.path("total").asInt()).isEqualTo(1);
        assertThat(results.path("items").get(0).path("id").asString())
                .isEqualTo(events.get(0).path("data").path("analyses").get(0).path("resultId").asString());
    }

    private Map<String, String> userWithWebhook(String userId, String event) {
        Map<String, String> owner = bearer(tokenFor(userId, "user"));
        TestHttp.Response hook = http().post("/api/webhooks", "{\"url\":\"http://localhost:" + RECEIVER.getPort()
                + "/" + userId + "\",\"events\":[\"" + event + "\"]}", owner);
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
        return owner;
    }

    private String collect(Map<String, String> owner, String path) {
        TestHttp.Response submitted = http().post("/api/jobs/collect",
                JSON.writeValueAsString(Map.of("urls", List.of(SITE.url(path)), "render", "static")), owner);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        return submitted.json().path("id").asString();
    }

    /** Waits for the event's first delivery, then for JobRunr to run every job left, and returns all deliveries. */
    private List<JsonNode> awaitDeliveries(String event, String field, String value) throws InterruptedException {
        PipelineFlowTest.await(() -> deliveries(event, field, value), found -> !found.isEmpty());
        awaitNoJobsLeft();
        return deliveries(event, field, value);
    }

    /**
     * A duplicate delivery would be a job enqueued, scheduled (a retry) or processing; once none is, every one of them
     * was sent. Sources' next scheduled runs (JobRunr plans them ahead) are not waited for.
     */
    private void awaitNoJobsLeft() throws InterruptedException {
        PipelineFlowTest.await(() -> Stream.of(StateName.SCHEDULED, StateName.ENQUEUED, StateName.PROCESSING)
                .flatMap(state -> jobStorage.getJobList(state, new OffsetBasedPageRequest(null, 0L, 100)).stream())
                .filter(job -> job.getRecurringJobId().isEmpty())
                .map(job -> job.getState() + " " + job.getJobName()).toList(), List::isEmpty);
    }

    private static List<JsonNode> deliveries(String event, String field, String value) {
        return RECEIVED.stream().map(request -> JSON.readTree(request.getBody().clone().readUtf8()))
                .filter(body -> event.equals(body.path("event").asString()))
                .filter(body -> value.equals(body.path("data").path(field).asString())).toList();
    }

    private TestHttp http() {
        return GatewayTestSupport.device(port);
    }
}
