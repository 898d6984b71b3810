package com.careergpt.service.observability;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careergpt.service.support.GatewayTestSupport.port;
import static com.careergpt.service.support.GatewayTestSupport.startGateway;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both services in this JVM with JSON console logs (the json-logs profile's setting): a trace started at the gateway
 * continues in identity-service, the request id users see is its trace id, and every log line is JSON with the ids.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationTest {

    static final String JSON_LOGS = "--logging.structured.format.console=ecs";
    static final ConfigurableApplicationContext IDENTITY = startIdentity(JSON_LOGS);
    static final ConfigurableApplicationContext GATEWAY = startGateway(IDENTITY, JSON_LOGS);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    /** The development code sender prints to the console itself, not through the logs. */
    static final String CONSOLE_CODE_SENDER = "Verification code for ";

    /** Spring Boot hands the format to Logback as a system property, which would outlive these two services. */
    @AfterAll
    static void stop() {
        GATEWAY.close();
        IDENTITY.close();
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    private static TestHttp device() {
        return GatewayTestSupport.device(port(GATEWAY));
    }

    @Test
    void aTraceStartedAtTheGatewayReachesIdentityServiceAndIsTheRequestId(CapturedOutput output) {
        TestHttp browser = device();
        browser.post("/auth/guest", null);
        String email = "trace-" + UUID.randomUUID() + "@example.org";
        TestHttp.Response sent = browser.post("/auth/email", "{\"email\":\"" + email + "\"}");
        assertThat(sent.status()).isEqualTo(202);
        String requestId = sent.header("X-Request-Id").orElseThrow();
        assertThat(requestId).matches(TRACE_ID);

        JsonNode identityLine = line(output, "Sent a code to");
        assertThat(identityLine.path("application").asString()).isEqualTo("identity-service");
        assertThat(identityLine.path("traceId").asString()).isEqualTo(requestId);
        assertThat(identityLine.path("requestId").asString()).isEqualTo(requestId);
        assertThat(identityLine.path("spanId").asString()).matches("[0-9a-f]{16}");
    }

    @Test
    void anIncomingTraceparentIsContinuedAndAnIncomingRequestIdIsKeptBesideIt(CapturedOutput output) {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String requestId = "mine-" + UUID.randomUUID();
        TestHttp browser = device();
        browser.post("/auth/guest", null);
        TestHttp.Response sent = browser.post("/auth/email", "{\"email\":\"parent-" + UUID.randomUUID() + "@example.org\"}",
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01", "X-Request-Id", requestId));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.header("X-Request-Id")).hasValue(requestId);

        JsonNode identityLine = line(output, "Sent a code to", requestId);
        assertThat(identityLine.path("traceId").asString()).isEqualTo(traceId);
        assertThat(identityLine.path("application").asString()).isEqualTo("identity-service");
    }

    @Test
    void aGuestActionsInternalCallsShareTheGatewaysTrace(CapturedOutput output) {
        TestHttp browser = device();
        browser.post("/auth/guest", null);
        TestHttp.Response action = browser.post("/api/test/actions", "{}");
        assertThat(action.status()).isEqualTo(200);
        String requestId = action.header("X-Request-Id").orElseThrow();

        List<JsonNode> lines = jsonLines(output).stream()
                .filter(line -> line.path("requestId").asString("").equals(requestId)).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.path("traceId").asString()).isEqualTo(requestId));
    }

    @Test
    void aCollectionJobRunsInTheTraceOfTheRequestThatEnqueuedIt(CapturedOutput output) {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        TestHttp user = device();
        TestHttp.Response collected = user.post("/api/jobs/collect?wait=true",
                "{\"text\":\"Backend Engineer at Tidewater Learning\\nLisbon, Portugal\\nJava and Kotlin.\"}",
                Map.of("Authorization", "Bearer " + GatewayTestSupport.tokenFor("trace-user-" + UUID.randomUUID(), "user"),
                        "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        String collectionId = collected.json().path("id").asString();

        JsonNode finished = line(output, "Collection " + collectionId + " finished");
        assertThat(finished.path("traceId").asString()).isEqualTo(traceId);
        assertThat(finished.path("requestId").asString()).isEqualTo(collected.header("X-Request-Id").orElseThrow());
        assertThat(finished.path("process").path("thread").path("name").asString()).doesNotStartWith("http-nio");
    }

    @Test
    void everyConsoleLineIsJsonAndLinesWrittenForARequestCarryTraceAndSpanIds(CapturedOutput output) {
        TestHttp browser = device();
        browser.post("/auth/guest", null);
        browser.post("/auth/email", "{\"email\":\"json-" + UUID.randomUUID() + "@example.org\"}");

        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank())
                .filter(line -> !line.startsWith(CONSOLE_CODE_SENDER)).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(JSON.readTree(line).path("message").isString())
                .as(line).isTrue());
        assertThat(jsonLines(output).stream().filter(line -> line.has("requestId")))
                .isNotEmpty()
                .allSatisfy(line -> {
                    assertThat(line.path("traceId").asString()).matches(TRACE_ID);
                    assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
                    assertThat(line.path("log").path("level").asString()).isNotEmpty();
                });
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.startsWith("{")).map(JSON::readTree).toList();
    }

    private static JsonNode line(CapturedOutput output, String message, String... requestId) {
        return jsonLines(output).stream()
                .filter(line -> line.path("message").asString("").contains(message))
                .filter(line -> requestId.length == 0 || line.path("requestId").asString("").equals(requestId[0]))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no JSON line with '" + message + "' in:\n" + output.getOut()));
    }
}
