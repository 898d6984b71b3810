package com.careergpt.identity.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.PrometheusScrape;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** identity-service's /actuator/prometheus: who may read it, and the funnel and code meters a sign-up moves. */
class PrometheusEndpointTest extends IdentityServiceTest {

    private static final Map<String, String> SCRAPER = Map.of("Authorization", "Bearer " + INTERNAL_TOKEN);

    private PrometheusScrape scrape() {
        TestHttp.Response response = newDevice().get("/actuator/prometheus", SCRAPER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return PrometheusScrape.parse(response.body());
    }

    @Test
    void aSignUpWithOneWrongCodeCountsCodesSentAndVerifiedByOutcomeAndTheFunnelSteps(CapturedOutput output) {
        PrometheusScrape before = scrape();
        String email = "metrics-" + UUID.randomUUID() + "@example.org";
        TestHttp device = newDevice();
        clock.advance(Duration.ofSeconds(61));
        device.post("/auth/guest", null);
        assertThat(device.post("/auth/email", json("email", email)).status()).isEqualTo(202);
        String code = codeFor(output, email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(device.post("/auth/verify", json("code", wrong)).status()).isEqualTo(400);
        assertThat(device.post("/auth/verify", json("code", code)).status()).isEqualTo(200);

        PrometheusScrape after = scrape();
        assertThat(delta(before, after, "careergpt_identity_codes_sent_total", "outcome", "sent")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_identity_codes_verified_total", "outcome", "wrong-code")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_identity_codes_verified_total", "outcome", "verified")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_identity_state_changes_total", "from", "none", "to", "guest"))
                .isEqualTo(1);
        assertThat(delta(before, after, "careergpt_identity_state_changes_total", "from", "guest", "to",
                "email_collected")).isEqualTo(1);
        assertThat(delta(before, after, "careergpt_identity_state_changes_total", "from", "email_collected", "to",
                "verified")).isEqualTo(1);
        assertThat(after.sum("http_server_requests_seconds_count", "application", "identity-service", "uri",
                "/auth/verify")).isGreaterThanOrEqualTo(2);
        assertThat(after.samples()).noneMatch(sample -> sample.labels().containsValue(email));
    }

    @Test
    void theEndpointRefusesAnonymousCallersUsersAndWrongTokensWithProblems(CapturedOutput output) {
        TestHttp.Response anonymous = newDevice().get("/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.problemType()).isEqualTo("token-required");

        String userToken = signUp(newDevice(), output, "plain-" + UUID.randomUUID() + "@example.org")
                .json().path("token").asString();
        TestHttp.Response user = newDevice().get("/actuator/prometheus", Map.of("Authorization", "Bearer " + userToken));
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.problemType()).isEqualTo("admin-required");

        TestHttp.Response wrong = newDevice().get("/actuator/prometheus",
                Map.of("Authorization", "Bearer " + INTERNAL_TOKEN + "x"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.problemType()).isEqualTo("invalid-token");

        assertThat(newDevice().get("/actuator/prometheus", internalToken()).status())
                .as("the X-Internal-Token header is the internal API's, not the scraper's").isEqualTo(401);
        assertThat(newDevice().get("/actuator/prometheus", Map.of("Authorization", "Bearer a,b")).status())
                .as("a malformed bearer header is a 401, not a server error").isEqualTo(401);
    }

    @Test
    void anAdminTokenReadsTheMetrics(CapturedOutput output) {
        String adminToken = signUp(newDevice(), output, ADMIN_EMAIL).json().path("token").asString();
        TestHttp.Response admin = newDevice().get("/actuator/prometheus", Map.of("Authorization", "Bearer " + adminToken));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes");
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
