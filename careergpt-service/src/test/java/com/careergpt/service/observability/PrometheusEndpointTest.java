package com.careergpt.service.observability;

import java.util.Map;
import java.util.UUID;

import com.careergpt.identity.support.PrometheusScrape;
import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.careergpt.service.support.GatewayTestSupport.INTERNAL_TOKEN;
import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * careergpt-service's /actuator/prometheus after a scripted flow through the gateway and a real identity-service:
 * a guest's free action (a collection), the refused second one, a verified user's analysis and rate-limited
 * actions; and who may read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careergpt.gateway.user-requests-per-minute=3")
class PrometheusEndpointTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final String POSTING = "Senior Java Platform Engineer at Larkspur Freight\\nBerlin, Germany\\n"
            + "Full-time. You will build our freight platform with Java, Spring Boot and PostgreSQL.\\n"
            + "Requirements: 5 years of Java, Kubernetes, RabbitMQ.";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private PrometheusScrape scrape() {
        TestHttp.Response response = device().get("/actuator/prometheus", bearer(INTERNAL_TOKEN));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return PrometheusScrape.parse(response.body());
    }

    @Test
    void aGuestCollectionAVerifiedAnalysisAndRefusalsShowInTheProductMeters() {
        PrometheusScrape before = scrape();

        TestHttp guest = device();
        assertThat(guest.post("/auth/guest", null).status()).isEqualTo(201);
        TestHttp.Response collected = guest.post("/api/jobs/collect?wait=true", "{\"text\":\"" + POSTING + "\"}");
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        String jobId = collected.json().path("items").get(0).path("jobId").asString();
        assertThat(jobId).isNotBlank();
        assertThat(guest.post("/api/test/actions", "{}").status()).isEqualTo(401);

        String userId = "metrics-user-" + UUID.randomUUID();
        Map<String, String> user = bearer(tokenFor(userId, "user"));
        TestHttp.Response analysis = device().post("/api/analyze",
                "{\"task\":\"job_summary\",\"jobId\":\"" + jobId + "\"}", user);
        assertThat(analysis.status()).as(analysis.body()).isEqualTo(200);
        TestHttp.Response nothing = device().post("/api/jobs/collect?wait=true", "{\"text\":\"Hello there\"}", user);
        assertThat(nothing.status()).as(nothing.body()).isEqualTo(200);
        assertThat(device().post("/api/test/actions", "{}", user).status()).isEqualTo(200);
        assertThat(device().post("/api/test/actions", "{}", user).status()).isEqualTo(429);

        PrometheusScrape after = scrape();
        assertThat(delta(before, after, "careergpt_free_actions_total", "outcome", "claimed")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_free_actions_total", "outcome", "used-up")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_actions_total", "caller", "guest", "outcome", "admitted")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_actions_total", "caller", "guest", "outcome", "refused",
                "reason", "email-required")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_actions_total", "caller", "verified", "outcome", "admitted"))
                .isEqualTo(3);
        assertThat(delta(before, after, "careergpt_rate_limit_refusals_total", "limit", "user-actions")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_collections_total", "trigger", "request")).isEqualTo(2);
        assertThat(delta(before, after, "careergpt_collection_items_total", "outcome", "stored")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_collection_items_total", "outcome", "no-job")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_extraction_misses_total", "reason", "no-job-in-text")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_llm_calls_seconds_count", "provider", "builtin", "task",
                "job_summary")).isGreaterThanOrEqualTo(1);
        assertThat(after.matching("careergpt_llm_calls_seconds_bucket", "provider", "builtin", "task", "job_summary"))
                .as("a latency histogram").isNotEmpty();
        assertThat(after.matching("jobrunr_jobs_by_state", "state", "ENQUEUED")).as("the job queue's depth").isNotEmpty();
        assertThat(after.sum("http_server_requests_seconds_count", "application", "careergpt-service",
                "uri", "/api/analyze")).isGreaterThanOrEqualTo(1);
        assertThat(after.samples()).as("no user id in any tag")
                .noneMatch(sample -> sample.labels().containsValue(userId));
    }

    @Test
    void theEndpointRefusesAnonymousCallersGuestsAndPlainUsersWithProblems() {
        TestHttp.Response anonymous = device().get("/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.problemType()).isEqualTo("token-required");

        TestHttp guest = device();
        guest.post("/auth/guest", null);
        assertThat(guest.get("/actuator/prometheus").status()).isEqualTo(401);

        TestHttp.Response user = device().get("/actuator/prometheus", bearer(tokenFor("plain-" + UUID.randomUUID(), "user")));
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.problemType()).isEqualTo("admin-required");

        TestHttp.Response forged = device().get("/actuator/prometheus", bearer(INTERNAL_TOKEN.substring(1)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.problemType()).isEqualTo("invalid-token");

        TestHttp.Response admin = device().get("/actuator/prometheus", bearer(tokenFor("admin-" + UUID.randomUUID(), "admin")));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("careergpt_");
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
