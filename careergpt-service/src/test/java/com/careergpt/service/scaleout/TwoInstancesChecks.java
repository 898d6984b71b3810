package com.careergpt.service.scaleout;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.port;
import static com.careergpt.service.support.GatewayTestSupport.startGateway;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.identity.support.PostgresDatabase;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two careergpt-service instances (A and B, as behind a proxy) on one PostgreSQL database, with identity-service on
 * the same server: what one instance did, the other must know. Subclasses provide the PostgreSQL server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PER_MINUTE = 3;

    private ConfigurableApplicationContext identity;
    private ConfigurableApplicationContext instanceA;
    private ConfigurableApplicationContext instanceB;
    private int portA;
    private int portB;

    /** The PostgreSQL server, from the subclass; the test creates its databases there. */
    abstract PostgresDatabase server();

    /** Stops the server if the subclass owns it; called after the services have stopped. */
    void stopServer() {
    }

    @BeforeAll
    void startBothInstances() {
        PostgresDatabase identityDatabase = server().create("identity");
        identity = startIdentity("--spring.profiles.active=postgres", "--IDENTITY_DB_URL=" + identityDatabase.jdbcUrl(),
                "--IDENTITY_DB_USER=" + identityDatabase.username(), "--IDENTITY_DB_PASSWORD=" + identityDatabase.password(),
                "--CAREERGPT_DB_POOL_SIZE=5");
        PostgresDatabase database = server().create("careergpt");
        // One after the other: the first migrates the database, the second finds it migrated.
        instanceA = startInstance(database);
        instanceB = startInstance(database);
        portA = port(instanceA);
        portB = port(instanceB);
    }

    private ConfigurableApplicationContext startInstance(PostgresDatabase database) {
        return startGateway(identity, "--spring.profiles.active=postgres", "--CAREERGPT_DB_URL=" + database.jdbcUrl(),
                "--CAREERGPT_DB_USER=" + database.username(), "--CAREERGPT_DB_PASSWORD=" + database.password(),
                "--CAREERGPT_DB_POOL_SIZE=5", "--careergpt.gateway.user-requests-per-minute=" + PER_MINUTE,
                "--careergpt.pipeline.min-schedule-interval=1m");
    }

    @AfterAll
    void stopAll() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {instanceB, instanceA, identity}) {
            if (context != null) {
                context.close();
            }
        }
        stopServer();
    }

    @Test
    void aGuestsFreeActionSentToBothInstancesAtOnceRunsExactlyOnce() throws Exception {
        String cookie = newGuest();
        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<TestHttp.Response>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int port = i % 2 == 0 ? portA : portB;
                answers.add(pool.submit(() -> {
                    start.await();
                    return asGuest(port, cookie);
                }));
            }
            start.countDown();
            List<TestHttp.Response> done = new ArrayList<>();
            for (Future<TestHttp.Response> answer : answers) {
                done.add(answer.get());
            }
            assertThat(done).filteredOn(response -> response.status() == 200).hasSize(1);
            assertThat(done).filteredOn(response -> response.status() != 200).allSatisfy(this::isEmailRequired);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGuestsFreeActionAlternatingBetweenInstancesRunsOnce() {
        String cookie = newGuest();
        assertThat(asGuest(portA, cookie).status()).isEqualTo(200);
        isEmailRequired(asGuest(portB, cookie));
        isEmailRequired(asGuest(portA, cookie));
    }

    @Test
    void aUsersRateLimitHoldsAcrossInstances() {
        Map<String, String> auth = bearer(tokenFor("rate-" + UUID.randomUUID(), "user"));
        for (int i = 0; i < PER_MINUTE; i++) {
            assertThat(device(i % 2 == 0 ? portA : portB).post("/api/test/actions", null, auth).status())
                    .as("action %d of %d", i + 1, PER_MINUTE).isEqualTo(200);
        }
        TestHttp.Response refused = device(PER_MINUTE % 2 == 0 ? portA : portB).post("/api/test/actions", null, auth);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("rate-limited");
        assertThat(refused.header("Retry-After")).isPresent();
    }

    @Test
    void anAnswerComputedOnOneInstanceIsServedFromTheCacheOnTheOther() {
        String body = "{\"task\":\"job_summary\",\"text\":\"Platform Engineer at Nordwind GmbH, Hamburg. "
                + "You run Kubernetes and Terraform, write Go, and own our Prometheus alerting. " + UUID.randomUUID() + "\"}";
        JsonNode first = device(portA).post("/api/analyze", body, bearer(tokenFor("cache-a-" + UUID.randomUUID(), "user"))).json();
        JsonNode second = device(portB).post("/api/analyze", body, bearer(tokenFor("cache-b-" + UUID.randomUUID(), "user"))).json();
        assertThat(first.path("cached").asBoolean()).as(first.toString()).isFalse();
        assertThat(second.path("cached").asBoolean()).as(second.toString()).isTrue();
        assertThat(second.path("output")).isEqualTo(first.path("output"));
    }

    @Test
    void aPostStoredThroughOneInstanceIsFoundAsDuplicateByTheOther() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> onB = bearer(tokenFor("dedup-b-" + run, "user"));
        // B loads its de-duplication index before A stores the original.
        assertThat(collect(portB, onB, "Barista " + run + " at Bean There Ltd\\nLeeds, UK\\nPart-time, £12 per hour. "
                + "Requirements: latte art and a friendly manner.").path("outcome").asString()).isEqualTo("stored");

        String posting = "Site Reliability Engineer at Fjordline " + run + " AS\\nOslo, Norway (hybrid)\\n"
                + "Full-time. NOK 700,000 - 850,000 per year.\\n"
                + "You will run Kubernetes and Terraform on GCP, write Go and Python, and own Prometheus alerting.";
        JsonNode original = collect(portA, bearer(tokenFor("dedup-a-" + run, "user")), posting);
        assertThat(original.path("outcome").asString()).isEqualTo("stored");

        JsonNode copy = collect(portB, onB, posting);
        assertThat(copy.path("outcome").asString()).as(copy.toString()).isEqualTo("duplicate");
        JsonNode job = device(portB).get("/api/jobs/" + copy.path("jobId").asString(), onB).json();
        assertThat(job.path("duplicateOf").asString()).isEqualTo(original.path("jobId").asString());
    }

    @Test
    void aScheduledSourceRunsOnceForEachDueTimeWhateverTheNumberOfInstances() throws InterruptedException {
        Map<String, String> owner = bearer(tokenFor("scheduler-" + UUID.randomUUID(), "user"));
        TestHttp.Response created = device(portA).post("/api/sources", "{\"kind\":\"url\","
                + "\"url\":\"https://jobs.example.org/scheduled\",\"schedule\":\"* * * * *\",\"runOnCreate\":false}",
                owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String runs = "/api/sources/" + created.json().path("id").asString() + "/runs";

        long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
        int seen = 0;
        while (seen == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            seen = device(portB).get(runs, owner).json().size();
        }
        assertThat(seen).as("a run within the first due minute").isEqualTo(1);
        // Both instances poll every 5 s: a second enqueue of the same due time would show up well within this.
        Thread.sleep(20_000);
        assertThat(device(portA).get(runs, owner).json().size()).isEqualTo(1);
        assertThat(device(portB).delete("/api/sources/" + created.json().path("id").asString(), owner).status())
                .isEqualTo(204);
    }

    private JsonNode collect(int port, Map<String, String> auth, String text) {
        TestHttp.Response response = device(port).post("/api/jobs/collect?wait=true", "{\"text\":\"" + text + "\"}", auth);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items").get(0);
    }

    private String newGuest() {
        TestHttp device = device(portA);
        assertThat(device.post("/auth/guest", null).status()).isIn(200, 201);
        return device.cookie("identity_id").orElseThrow();
    }

    private TestHttp.Response asGuest(int port, String cookie) {
        return device(port).post("/api/test/actions", null, Map.of("Cookie", "identity_id=" + cookie));
    }

    private void isEmailRequired(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("email-required");
        assertThat(JSON.readTree(response.body()).path("next").asString()).isEqualTo("email");
    }

    private static TestHttp device(int port) {
        return new TestHttp(port, null);
    }
}
