package com.careergpt.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;
import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.requestlog.RequestLogWriter;
import com.careergpt.service.support.GatewayTestSupport;
import com.careergpt.service.support.TestActionController;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.careergpt.service.support.GatewayTestSupport.ADMIN_EMAIL;
import static com.careergpt.service.support.GatewayTestSupport.JWT_SECRET;
import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.signUp;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/** careergpt-service in front of a real identity-service (same JVM, random ports). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careergpt.gateway.user-requests-per-minute=5")
@ExtendWith(OutputCaptureExtension.class)
class GuestGateTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity("--careergpt.identity.guest.creation-limit=5");

    @LocalServerPort
    int port;

    @Autowired
    RequestLogWriter requestLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BundledEmbeddingModel embeddings;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    @Test
    void aGuestGetsOneFreeActionThenMustGiveAnEmailAndThenTheTokenWorks(CapturedOutput output) {
        TestHttp browser = device();
        assertThat(browser.post("/auth/guest", null).status()).isEqualTo(201);
        assertThat(browser.cookie("identity_id")).isPresent();

        TestHttp.Response first = browser.post("/api/test/actions", "{}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("state").asString()).isEqualTo("guest");

        TestHttp.Response second = browser.post("/api/test/actions", "{}");
        assertThat(second.status()).isEqualTo(401);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("type").asString()).endsWith("/email-required");
        assertThat(second.json().path("next").asString()).isEqualTo("email");

        String token = signUp(browser, output, "gate.user@example.com");
        TestHttp.Response withToken = browser.post("/api/test/actions", "{}", bearer(token));
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.json().path("state").asString()).isEqualTo("verified");
        assertThat(withToken.json().path("userId").asString()).isEqualTo(first.json().path("userId").asString());
    }

    @Test
    void aHundredConcurrentFirstActionsOfOneGuestRunExactlyOnce() throws Exception {
        TestHttp browser = device();
        String guestId = browser.post("/auth/guest", null).json().path("id").asString();
        String cookie = "identity_id=" + browser.cookie("identity_id").orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                TestHttp tab = device();
                answers.add(pool.submit(() -> {
                    start.await();
                    return tab.post("/api/test/actions", "{}", Map.of("Cookie", cookie));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<TestHttp.Response> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(99);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(TestActionController.RUNS.get(guestId)).hasValue(1);
    }

    @Test
    void anActionThatFailsOnTheServersSideGivesTheFreeActionBack() {
        TestHttp browser = device();
        browser.post("/auth/guest", null);
        TestHttp.Response failed = browser.post("/api/test/failing-actions", "{}");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");

        assertThat(browser.post("/api/test/actions", "{}").status()).isEqualTo(200);
        assertThat(browser.post("/api/test/actions", "{}").status()).isEqualTo(401);
    }

    @Test
    void readsOfOnesOwnDataAreFreeForGuests() {
        TestHttp browser = device();
        String guestId = browser.post("/auth/guest", null).json().path("id").asString();
        browser.post("/api/test/actions", "{}");
        for (int i = 0; i < 3; i++) {
            TestHttp.Response read = browser.get("/api/test/mine");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("userId").asString()).isEqualTo(guestId);
        }
    }

    @Test
    void withoutTokenOrCookieTheClientIsToldToCreateAGuest() {
        for (TestHttp.Response response : List.of(device().post("/api/test/actions", "{}"), device().get("/api/test/mine"))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().path("type").asString()).endsWith("/identity-required");
            assertThat(response.json().path("detail").asString()).contains("/auth/guest");
            assertThat(response.json().path("next").asString()).isEqualTo("guest");
        }
    }

    static Stream<Arguments> badTokens() {
        Clock lastWeek = Clock.fixed(Instant.now().minus(Duration.ofDays(7)), ZoneOffset.UTC);
        String otherSecret = Base64.getEncoder().encodeToString("another-secret-that-is-long-enough-for-hs256".getBytes());
        AccessTokens ours = new AccessTokens(JwtKeyRing.fromBase64(JWT_SECRET, List.of()), "careergpt-identity", Duration.ofHours(2), Clock.systemUTC());
        String valid = ours.issue("user-1", "verified", "user", Duration.ofHours(1)).value();
        String[] parts = valid.split("\\.");
        String adminPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"role\":\"user\"", "\"role\":\"admin\"").getBytes());
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        return Stream.of(
                Arguments.of("alg none", noneHeader + "." + parts[1] + "."),
                Arguments.of("expired", new AccessTokens(JwtKeyRing.fromBase64(JWT_SECRET, List.of()), "careergpt-identity", Duration.ofHours(2), lastWeek)
                        .issue("user-1", "verified", "user", Duration.ofHours(1)).value()),
                Arguments.of("wrong issuer", new AccessTokens(JwtKeyRing.fromBase64(JWT_SECRET, List.of()), "someone-else", Duration.ofHours(2), Clock.systemUTC())
                        .issue("user-1", "verified", "user", Duration.ofHours(1)).value()),
                Arguments.of("unknown key", new AccessTokens(JwtKeyRing.fromBase64(otherSecret, List.of()), "careergpt-identity", Duration.ofHours(2), Clock.systemUTC())
                        .issue("user-1", "verified", "user", Duration.ofHours(1)).value()),
                Arguments.of("payload edited", parts[0] + "." + adminPayload + "." + parts[2]),
                Arguments.of("truncated", parts[0] + "." + parts[1]),
                Arguments.of("garbage", "garbage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void invalidTokensAre401EvenWhereGuestsMayRead(String name, String token) {
        TestHttp.Response response = device().get("/api/test/mine", bearer(token));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/invalid-token");
    }

    @Test
    void anotherAuthorizationSchemeIsRefused() {
        assertThat(device().get("/api/test/mine", Map.of("Authorization", "Basic dXNlcjpwYXNz")).status()).isEqualTo(401);
    }

    @Test
    void adminEndpointsAreForAdminsOnly(CapturedOutput output) {
        String path = "/api/admin/test-ping";
        assertThat(device().get(path).status()).isEqualTo(401);

        TestHttp guest = device();
        guest.post("/auth/guest", null);
        assertThat(guest.get(path).status()).isEqualTo(401);

        String userToken = signUp(device(), output, "not.admin@example.com");
        TestHttp.Response forbidden = device().get(path, bearer(userToken));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("type").asString()).endsWith("/admin-required");

        String adminToken = signUp(device(), output, ADMIN_EMAIL);
        assertThat(device().get(path, bearer(adminToken)).status()).isEqualTo(200);
    }

    @Test
    void verifiedUsersAreRateLimitedPerUser(CapturedOutput output) {
        String token = signUp(device(), output, "busy.user@example.com");
        for (int i = 0; i < 5; i++) {
            assertThat(device().post("/api/test/actions", "{}", bearer(token)).status()).isEqualTo(200);
        }
        TestHttp.Response limited = device().post("/api/test/actions", "{}", bearer(token));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("type").asString()).endsWith("/rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(1L, 60L);

        String other = signUp(device(), output, "calm.user@example.com");
        assertThat(device().post("/api/test/actions", "{}", bearer(other)).status()).isEqualTo(200);
    }

    @Test
    void authForwardingKeepsCookiesAndTheClientAddress() {
        for (int i = 0; i < 5; i++) {
            TestHttp fromA = new TestHttp(port, "203.0.113.5");
            TestHttp.Response created = fromA.post("/auth/guest", null);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Set-Cookie").orElseThrow()).contains("identity_id=").contains("HttpOnly");
            assertThat(fromA.get("/auth/state").json().path("state").asString()).isEqualTo("guest");
        }
        TestHttp.Response sixth = new TestHttp(port, "203.0.113.5").post("/auth/guest", null);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isPresent();
        assertThat(new TestHttp(port, "203.0.113.6").post("/auth/guest", null).status()).isEqualTo(201);
    }

    @Test
    void everyRequestIsLoggedWithItsRequestIdAndTheIdReachesIdentityService(CapturedOutput output) {
        TestHttp browser = device();
        String guestId = browser.post("/auth/guest", null).json().path("id").asString();
        TestHttp.Response action = browser.post("/api/test/actions", "{}", Map.of("X-Request-Id", "trace-gate-42"));
        assertThat(action.header("X-Request-Id")).hasValue("trace-gate-42");
        assertThat(output.getOut()).containsPattern("\\[trace-gate-42\\].*claimed its free action");

        TestHttp.Response refused = device().post("/api/test/actions", "{}", Map.of("X-Request-Id", "trace-refused-1"));
        assertThat(refused.status()).isEqualTo(401);

        awaitLogged("trace-gate-42");
        awaitLogged("trace-refused-1");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT method, path, status, user_id, user_state, latency_ms FROM request_log WHERE request_id = ?", "trace-gate-42");
        assertThat(row).containsEntry("method", "POST").containsEntry("path", "/api/test/actions")
                .containsEntry("status", 200).containsEntry("user_id", guestId).containsEntry("user_state", "guest");
        assertThat(((Number) row.get("latency_ms")).longValue()).isGreaterThanOrEqualTo(0);
        assertThat(jdbc.queryForObject("SELECT status FROM request_log WHERE request_id = ?", Integer.class, "trace-refused-1"))
                .isEqualTo(401);
        assertThat(browser.get("/api/test/bare").header("X-Request-Id")).as("without one of the caller's, the trace id")
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    /** The filter enqueues a request's row after its response is sent: flush until the row is there (5 s at most). */
    private void awaitLogged(String requestId) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        do {
            requestLog.flush();
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM request_log WHERE request_id = ?", Integer.class, requestId);
            if (rows != null && rows > 0) {
                return;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
    }

    @Test
    void openApiAndHealthArePublished() {
        assertThat(device().get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
        assertThat(device().get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
        assertThat(embeddings.loaded()).as("the start-up warm-up loaded the embedding model before readiness").isTrue();
        assertThat(device().get("/v3/api-docs").status()).isEqualTo(200);
    }
}
