package com.careergpt.service.llm.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.llm.LlmProviderException.Kind;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.support.AlphaBetaProviders;
import com.careergpt.service.llm.support.ScriptedProvider;
import com.careergpt.service.support.GatewayTestSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.careergpt.service.llm.support.LlmTestTokens.admin;
import static com.careergpt.service.llm.support.LlmTestTokens.user;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The router behind {@code POST /api/analyze}, with three scripted providers (alpha, beta, gamma) on the default
 * route {@code alpha:a1,beta:b1,gamma} and a real identity-service for the guest gate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careergpt.llm.router.default-route=alpha:a1,beta:b1,gamma",
        "careergpt.llm.router.prices[spend-model].input=2",
        "careergpt.llm.router.prices[spend-model].output=8",
        "careergpt.gateway.user-requests-per-minute=100000"})
@Import(AlphaBetaProviders.class)
class LlmRouterEndToEndTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The third provider of the route; alpha and beta come from {@link AlphaBetaProviders}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Providers {

        @Bean
        ScriptedProvider gamma() {
            return new ScriptedProvider("gamma");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ScriptedProvider alpha;

    @Autowired
    ScriptedProvider beta;

    @Autowired
    ScriptedProvider gamma;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    final List<String[]> storedRoutes = new ArrayList<>();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    @BeforeEach
    void resetProviders() {
        alpha.reset();
        beta.reset();
        gamma.reset();
    }

    @AfterEach
    void removeStoredRoutes() {
        storedRoutes.forEach(key -> device().delete("/api/admin/llm/routes?task=" + key[0] + "&tier=" + key[1],
                admin("admin-cleanup")));
    }

    TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    /** A job_summary request with text no other test sends, so the result cache stays out of the way. */
    static String summaryRequest() {
        return "{\"task\":\"job_summary\",\"text\":\"Senior Java engineer wanted " + UUID.randomUUID() + "\"}";
    }

    TestHttp.Response analyze(String body, String requestId) {
        Map<String, String> headers = new HashMap<>(user("user-" + UUID.randomUUID()));
        headers.put("X-Request-Id", requestId);
        return device().post("/api/analyze", body, headers);
    }

    List<Map<String, Object>> ledger(String requestId) {
        return jdbc.queryForList("SELECT * FROM llm_calls WHERE request_id = ? ORDER BY id", requestId);
    }

    void putRoute(String body) {
        TestHttp.Response put = device().send("/api/admin/llm/routes", "PUT", body, admin("admin-1"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        storedRoutes.add(new String[] {put.json().path("task").asString(), put.json().path("tier").asString()});
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"TIMEOUT", "CONNECTION", "RATE_LIMITED", "SERVER_ERROR", "UNAVAILABLE"})
    void aFailureThatAllowsFallbackMovesToTheNextRoute(Kind kind) {
        alpha.fails(kind);
        String requestId = "fallback-" + kind + "-" + UUID.randomUUID();
        TestHttp.Response response = analyze(summaryRequest(), requestId);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("provider").asString()).isEqualTo("beta");
        assertThat(result.path("model").asString()).isEqualTo("b1");
        assertThat(result.path("promptVersion").asString()).isEqualTo("v1");
        assertThat(result.path("task").asString()).isEqualTo("job_summary");
        assertThat(result.path("cached").asBoolean()).isFalse();
        assertThat(result.path("output").path("mustHaveSkills").get(0).asString()).isEqualTo("Java");
        assertThat(result.path("usage").path("promptTokens").asLong()).isEqualTo(120);
        assertThat(alpha.requests()).hasSize(1);
        assertThat(beta.requests()).hasSize(1);
        assertThat(gamma.requests()).isEmpty();

        List<Map<String, Object>> rows = ledger(requestId);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("provider", "alpha").containsEntry("outcome", "fallback")
                .containsEntry("error_type", kind.name());
        assertThat(rows.get(1)).containsEntry("provider", "beta").containsEntry("outcome", "ok")
                .containsEntry("model", "b1").containsEntry("prompt_version", "v1");
        assertThat(rows.get(1).get("prompt_body")).as("bodies are off by default").isNull();
        assertThat(meters.get("careergpt.llm.calls").tags("provider", "alpha", "outcome", "fallback").timer().count())
                .isPositive();
        assertThat(meters.get("careergpt.llm.calls").tags("provider", "beta", "model", "b1", "outcome", "ok").timer()
                .count()).isPositive();
    }

    @Test
    void aProviderSlowerThanItsRouteTimeoutIsCutOffAndTheNextAnswers() {
        putRoute("{\"task\":\"job_summary\",\"tier\":\"*\",\"route\":[{\"provider\":\"alpha\",\"timeoutMs\":300},"
                + "{\"provider\":\"beta\"}]}");
        alpha.answersAfter(Duration.ofSeconds(5), ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY));
        String requestId = "slow-" + UUID.randomUUID();
        long start = System.nanoTime();
        TestHttp.Response response = analyze(summaryRequest(), requestId);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("provider").asString()).isEqualTo("beta");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
        assertThat(ledger(requestId).get(0)).containsEntry("error_type", "TIMEOUT").containsEntry("outcome", "fallback");
    }

    @Test
    void aBadRequestIsOurBugAndIsNotHiddenByAFallback() {
        alpha.fails(Kind.BAD_REQUEST);
        String requestId = "bad-request-" + UUID.randomUUID();
        TestHttp.Response response = analyze(summaryRequest(), requestId);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("llm-request-refused");
        assertThat(response.json().path("provider").asString()).isEqualTo("alpha");
        assertThat(response.json().path("detail").asString()).contains("alpha").contains("bug");
        assertThat(response.json().path("attempts")).hasSize(1);
        assertThat(beta.requests()).isEmpty();
        assertThat(ledger(requestId)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("outcome", "error").containsEntry("error_type", "BAD_REQUEST"));
    }

    @Test
    void anInvalidAnswerGetsExactlyOneRepairCallToTheSameProvider() {
        alpha.answers("{\"summary\": \"A role.\", \"mustHaveSkills\": \"Java\"}")
                .answers(ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY));
        String requestId = "repair-" + UUID.randomUUID();
        TestHttp.Response response = analyze(summaryRequest(), requestId);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("provider").asString()).isEqualTo("alpha");
        assertThat(response.json().path("usage").path("promptTokens").asLong()).as("both calls count").isEqualTo(240);
        assertThat(alpha.requests()).hasSize(2);
        assertThat(alpha.requests().get(1).prompt().user()).contains("<previous_answer>")
                .contains("$.mustHaveSkills");
        assertThat(beta.requests()).isEmpty();
        List<Map<String, Object>> rows = ledger(requestId);
        assertThat(rows).extracting(row -> row.get("kind") + "/" + row.get("outcome"))
                .containsExactly("call/fallback", "repair/ok");
        assertThat(rows.get(0)).containsEntry("error_type", "INVALID_OUTPUT");
        assertThat((String) rows.get(0).get("raw_output")).contains("\"mustHaveSkills\": \"Java\"");
    }

    @Test
    void fencedAndReasoningWrappedJsonNeedsNoRepair() {
        alpha.answers("<think>They want a summary.</think>\nHere it is:\n```json\n"
                + ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY).replace("]}", "],}") + "\n```");
        TestHttp.Response response = analyze(summaryRequest(), "fenced-" + UUID.randomUUID());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("output").path("seniority").asString()).isEqualTo("senior");
        assertThat(alpha.requests()).hasSize(1);
    }

    @Test
    void anAnswerStillInvalidAfterTheRepairFallsBack() {
        alpha.answers("not json").answers("still not json");
        TestHttp.Response response = analyze(summaryRequest(), "invalid-twice-" + UUID.randomUUID());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("provider").asString()).isEqualTo("beta");
        assertThat(alpha.requests()).hasSize(2);
        assertThat(beta.requests()).hasSize(1);
    }

    @Test
    void whenEveryRouteFailsTheAnswerIs503ListingAttemptsAndTheLedgerKeepsTheRawText() {
        alpha.fails(Kind.SERVER_ERROR);
        beta.answers("I cannot comply with that request.").answers("Still cannot.");
        gamma.fails(Kind.CONNECTION);
        String requestId = "all-fail-" + UUID.randomUUID();
        String body = summaryRequest();
        int cachedBefore = jdbc.queryForObject("SELECT COUNT(*) FROM llm_cache", Integer.class);
        TestHttp.Response response = analyze(body, requestId);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.problemType()).isEqualTo("llm-unavailable");
        JsonNode attempts = response.json().path("attempts");
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(0).path("provider").asString()).isEqualTo("alpha");
        assertThat(attempts.get(0).path("model").asString()).isEqualTo("a1");
        assertThat(attempts.get(0).path("error").asString()).startsWith("SERVER_ERROR");
        assertThat(attempts.get(1).path("error").asString()).startsWith("INVALID_OUTPUT");
        assertThat(attempts.get(2).path("provider").asString()).isEqualTo("gamma");
        assertThat(response.json().path("detail").asString()).contains("alpha:a1, beta:b1, gamma");

        List<Map<String, Object>> rows = ledger(requestId);
        assertThat(rows).extracting(row -> row.get("provider") + "/" + row.get("kind") + "/" + row.get("outcome"))
                .containsExactly("alpha/call/fallback", "beta/call/fallback", "beta/repair/fallback", "gamma/call/error");
        assertThat(rows.get(1).get("raw_output")).isEqualTo("I cannot comply with that request.");
        assertThat(rows.get(2).get("raw_output")).isEqualTo("Still cannot.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM llm_cache", Integer.class)).isEqualTo(cachedBefore);

        TestHttp.Response again = analyze(body, "all-fail-again-" + UUID.randomUUID());
        assertThat(again.status()).as("a failure is never cached").isEqualTo(200);
        assertThat(again.json().path("cached").asBoolean()).isFalse();
    }

    @Test
    void anIdenticalCallIsServedFromTheCacheWithoutCallingTheProvider() {
        String text = "Staff engineer, Rust and Kafka " + UUID.randomUUID();
        String first = "{\"task\":\"job_summary\",\"text\":\"" + text + "\",\"job\":{\"title\":\"Staff\",\"company\":\"Acme\"}}";
        String reordered = "{\"job\":{\"company\":\"Acme\",\"title\":\"Staff\"},\"text\":\"" + text + "\",\"task\":\"job_summary\"}";
        TestHttp.Response answered = analyze(first, "cache-miss-" + UUID.randomUUID());
        String hitId = "cache-hit-" + UUID.randomUUID();
        TestHttp.Response cached = analyze(reordered, hitId);

        assertThat(answered.json().path("cached").asBoolean()).isFalse();
        assertThat(cached.status()).isEqualTo(200);
        assertThat(cached.json().path("cached").asBoolean()).isTrue();
        assertThat(cached.json().path("output")).isEqualTo(answered.json().path("output"));
        assertThat(cached.json().path("provider").asString()).isEqualTo("alpha");
        assertThat(cached.json().path("model").asString()).isEqualTo("a1");
        assertThat(cached.json().path("usage").path("promptTokens").asLong()).isZero();
        assertThat(alpha.requests()).hasSize(1);
        assertThat(ledger(hitId)).singleElement().satisfies(row -> assertThat(row).containsEntry("kind", "cache")
                .containsEntry("cache_hit", 1).containsEntry("outcome", "ok"));

        analyze("{\"task\":\"job_summary\",\"text\":\"" + text + " (changed)\"}", "cache-other-" + UUID.randomUUID());
        assertThat(alpha.requests()).as("other inputs are another call").hasSize(2);
    }

    @Test
    void anAdminRouteChangeAppliesToTheNextCallWithoutRestart() {
        assertThat(analyze(summaryRequest(), "before-" + UUID.randomUUID()).json().path("provider").asString())
                .isEqualTo("alpha");

        putRoute("{\"task\":\"job_summary\",\"tier\":\"verified\",\"route\":[{\"provider\":\"gamma\",\"model\":\"g7\"}]}");
        TestHttp.Response switched = analyze(summaryRequest(), "after-" + UUID.randomUUID());
        assertThat(switched.json().path("provider").asString()).isEqualTo("gamma");
        assertThat(switched.json().path("model").asString()).isEqualTo("g7");

        JsonNode routes = device().get("/api/admin/llm/routes", admin("admin-1")).json();
        assertThat(routes.path("defaultRoute").get(0).path("provider").asString()).isEqualTo("alpha");
        assertThat(routes.path("databaseRules").get(0).path("route").get(0).path("model").asString()).isEqualTo("g7");
        assertThat(routes.path("effective").findValuesAsString("source")).contains("database job_summary/verified");

        assertThat(device().delete("/api/admin/llm/routes?task=job_summary&tier=verified", admin("admin-1")).status())
                .isEqualTo(204);
        storedRoutes.clear();
        assertThat(analyze(summaryRequest(), "restored-" + UUID.randomUUID()).json().path("provider").asString())
                .isEqualTo("alpha");
        assertThat(device().delete("/api/admin/llm/routes?task=job_summary&tier=verified", admin("admin-1")).status())
                .isEqualTo(404);
    }

    @Test
    void aRouteNamingAnUnknownProviderOrTaskIsRefused() {
        TestHttp.Response unknownProvider = device().send("/api/admin/llm/routes", "PUT",
                "{\"task\":\"*\",\"tier\":\"*\",\"route\":[{\"provider\":\"alpha\"},{\"provider\":\"openia\"}]}",
                admin("admin-1"));
        assertThat(unknownProvider.status()).isEqualTo(400);
        assertThat(unknownProvider.json().path("field").asString()).isEqualTo("route[1].provider");
        assertThat(unknownProvider.json().path("detail").asString()).contains("openia");

        TestHttp.Response unknownTask = device().send("/api/admin/llm/routes", "PUT",
                "{\"task\":\"poetry\",\"route\":[{\"provider\":\"alpha\"}]}", admin("admin-1"));
        assertThat(unknownTask.json().path("field").asString()).isEqualTo("task");
        TestHttp.Response empty = device().send("/api/admin/llm/routes", "PUT", "{\"task\":\"*\",\"route\":[]}",
                admin("admin-1"));
        assertThat(empty.json().path("field").asString()).isEqualTo("route");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM llm_routes", Integer.class)).isZero();
    }

    @Test
    void adminEndpointsRefuseEveryoneButAdmins() {
        for (TestHttp.Response response : List.of(
                device().get("/api/admin/llm/routes", user("plain-user")),
                device().send("/api/admin/llm/routes", "PUT", "{\"route\":[{\"provider\":\"gamma\"}]}", user("plain-user")),
                device().delete("/api/admin/llm/routes?task=*&tier=*", user("plain-user")),
                device().get("/api/admin/llm/spend", user("plain-user")))) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.problemType()).isEqualTo("admin-required");
        }
        assertThat(device().get("/api/admin/llm/spend").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM llm_routes", Integer.class)).isZero();
        assertThat(device().get("/api/admin/llm/spend", admin("admin-1")).status()).isEqualTo(200);
    }

    @Test
    void providersAndTheirHealthAreReadableWithoutSigningIn() {
        gamma.unavailable();
        TestHttp.Response response = device().get("/api/llm/providers");
        assertThat(response.status()).isEqualTo(200);
        Map<String, Boolean> available = new HashMap<>();
        response.json().forEach(status -> available.put(status.path("provider").asString(),
                status.path("available").asBoolean()));
        assertThat(available).containsEntry("alpha", true).containsEntry("beta", true).containsEntry("gamma", false);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        JsonNode paths = device().get("/v3/api-docs").json().path("paths");
        assertThat(paths.has("/api/analyze")).isTrue();
        assertThat(paths.path("/api/admin/llm/routes").has("put")).isTrue();
        assertThat(paths.has("/api/admin/llm/spend")).isTrue();
        assertThat(paths.has("/api/llm/providers")).isTrue();
    }

    @Test
    void aGuestMayAnalyzeOnceThenMustGiveAnEmail() {
        TestHttp browser = device();
        assertThat(browser.post("/auth/guest", null).status()).isEqualTo(201);

        TestHttp.Response first = browser.post("/api/analyze", summaryRequest());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("provider").asString()).isEqualTo("alpha");

        TestHttp.Response second = browser.post("/api/analyze", summaryRequest());
        assertThat(second.status()).isEqualTo(401);
        assertThat(second.problemType()).isEqualTo("email-required");
        assertThat(second.json().path("next").asString()).isEqualTo("email");
        assertThat(alpha.requests()).hasSize(1);
    }

    @Test
    void aCoverLetterStreamsDeltasThenTheResult() {
        alpha.streams("Dear hiring team,", "\n\n I build", " payment systems.");
        String body = "{\"task\":\"cover_letter\",\"job\":{\"title\":\"Payments Engineer\",\"description\":\"Build "
                + "payments.\"},\"resume\":{\"text\":\"Built payment systems " + UUID.randomUUID() + "\"},\"tone\":\"warm\"}";
        TestHttp.Response response = device().post("/api/analyze?stream=true", body, user("streamer"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/event-stream");
        List<String[]> events = events(response.body());
        assertThat(events).extracting(event -> event[0]).containsExactly("delta", "delta", "delta", "result");
        StringBuilder streamed = new StringBuilder();
        events.stream().filter(event -> event[0].equals("delta"))
                .forEach(event -> streamed.append(JSON.readTree(event[1]).path("text").asString()));
        assertThat(streamed).hasToString("Dear hiring team,\n\n I build payment systems.");
        JsonNode result = JSON.readTree(events.get(3)[1]);
        assertThat(result.path("output").path("text").asString()).isEqualTo("Dear hiring team,\n\n I build payment systems.");
        assertThat(result.path("provider").asString()).isEqualTo("alpha");
        assertThat(alpha.requests().get(0).prompt().outputSchema()).isNull();
        assertThat(alpha.requests().get(0).prompt().user()).contains("<tone>warm</tone>");
    }

    @Test
    void aGuestsStreamedAnswerSpendsTheFreeActionOnce() {
        TestHttp browser = device();
        browser.post("/auth/guest", null);
        String body = "{\"task\":\"interview_prep\",\"text\":\"Data engineer " + UUID.randomUUID() + "\"}";

        TestHttp.Response streamed = browser.post("/api/analyze?stream=true", body);
        assertThat(streamed.status()).isEqualTo(200);
        assertThat(events(streamed.body())).extracting(event -> event[0]).containsExactly("delta", "result");

        TestHttp.Response next = browser.post("/api/analyze", summaryRequest());
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.problemType()).isEqualTo("email-required");
    }

    @Test
    void aStreamWhoseRoutesAllFailEndsWithAnErrorEvent() {
        alpha.fails(Kind.SERVER_ERROR);
        beta.fails(Kind.SERVER_ERROR);
        gamma.fails(Kind.TIMEOUT);
        String body = "{\"task\":\"interview_prep\",\"text\":\"Site reliability engineer " + UUID.randomUUID() + "\"}";
        TestHttp.Response response = device().post("/api/analyze", body.replace("}", ",\"stream\":true}"), user("streamer"));

        List<String[]> events = events(response.body());
        assertThat(events).extracting(event -> event[0]).containsExactly("error");
        JsonNode problem = JSON.readTree(events.get(0)[1]);
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("attempts")).hasSize(3);
    }

    /** (name, data) of each server-sent event. */
    static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                }
                else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
                }
            }
            if (name != null) {
                events.add(new String[] {name, data.toString()});
            }
        }
        return events;
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        Map<String, String[]> cases = Map.of(
                "{\"task\":\"poetry\",\"text\":\"x\"}", new String[] {"400", "task"},
                "{\"text\":\"x\"}", new String[] {"400", "task"},
                "{\"task\":\"job_summary\"}", new String[] {"400", "text"},
                "{\"task\":\"resume_job_match\",\"text\":\"my resume\"}", new String[] {"400", "job.description"},
                "{\"task\":\"job_summary\",\"jobId\":\"job-42\"}", new String[] {"404", "jobId"},
                "{\"task\":\"job_summary\",\"text\":\"x\",\"stream\":true}", new String[] {"400", "stream"},
                "{\"task\":\"job_summary\",\"job\":\"a string\"}", new String[] {"400", "job"});
        cases.forEach((body, expected) -> {
            TestHttp.Response response = device().post("/api/analyze", body, user("careless"));
            assertThat(response.status()).as(body).isEqualTo(Integer.parseInt(expected[0]));
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("field").asString()).as(body).isEqualTo(expected[1]);
        });
        TestHttp.Response malformed = device().post("/api/analyze", "{\"task\": \"job_summary\", ", user("careless"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(alpha.requests()).isEmpty();
    }

    @Test
    void theSpendRollUpAddsUpTheLedgerRowsOfTheTest() {
        putRoute("{\"task\":\"market_question\",\"tier\":\"verified\",\"route\":[{\"provider\":\"alpha\",\"model\":"
                + "\"spend-model\"},{\"provider\":\"beta\",\"model\":\"spend-model\"}]}");
        alpha.reportsUsage(1000, 500);
        String spender = "spender-" + UUID.randomUUID();
        String tag = UUID.randomUUID().toString();
        for (String question : List.of("q1", "q2", "q3", "q1")) {
            TestHttp.Response response = device().post("/api/analyze", "{\"task\":\"market_question\",\"question\":\""
                    + question + " " + tag + "\"}", user(spender));
            assertThat(response.status()).isEqualTo(200);
        }
        alpha.fails(Kind.RATE_LIMITED);
        TestHttp.Response fellBack = device().post("/api/analyze", "{\"task\":\"market_question\",\"question\":\"q4 "
                + tag + "\"}", user(spender));
        assertThat(fellBack.json().path("provider").asString()).isEqualTo("beta");
        assertThat(fellBack.json().path("estimatedCostUsd").asDouble()).isCloseTo((120 * 2 + 40 * 8) / 1e6, within(1e-12));

        JsonNode byUser = row(device().get("/api/admin/llm/spend?groupBy=user", admin("admin-1")).json(), spender);
        assertThat(byUser.path("calls").asLong()).isEqualTo(6);
        assertThat(byUser.path("cacheHits").asLong()).isEqualTo(1);
        assertThat(byUser.path("failures").asLong()).isEqualTo(1);
        assertThat(byUser.path("promptTokens").asLong()).isEqualTo(3 * 1000 + 120);
        assertThat(byUser.path("completionTokens").asLong()).isEqualTo(3 * 500 + 40);
        assertThat(byUser.path("estimatedCostUsd").asDouble())
                .isCloseTo(3 * (1000 * 2 + 500 * 8) / 1e6 + (120 * 2 + 40 * 8) / 1e6, within(1e-9));

        JsonNode byModel = device().get("/api/admin/llm/spend?groupBy=model", admin("admin-1")).json();
        assertThat(row(byModel, "alpha:spend-model").path("calls").asLong()).isEqualTo(5);
        assertThat(row(byModel, "beta:spend-model").path("calls").asLong()).isEqualTo(1);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        long allUsersToday = 0;
        for (JsonNode userRow : device().get("/api/admin/llm/spend?groupBy=user&from=" + today + "&to=" + today,
                admin("admin-1")).json()) {
            allUsersToday += userRow.path("calls").asLong();
        }
        JsonNode byDay = row(device().get("/api/admin/llm/spend?groupBy=day&from=" + today + "&to=" + today,
                admin("admin-1")).json(), today);
        assertThat(byDay.path("calls").asLong()).isEqualTo(allUsersToday).isGreaterThanOrEqualTo(6);
        assertThat(device().get("/api/admin/llm/spend?groupBy=week", admin("admin-1")).json().path("field").asString())
                .isEqualTo("groupBy");
        assertThat(device().get("/api/admin/llm/spend?from=2026-13-01", admin("admin-1")).json().path("field").asString())
                .isEqualTo("from");
    }

    static JsonNode row(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.path("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no spend row " + key + " in " + rows);
    }
}
