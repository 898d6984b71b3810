package com.careergpt.identity.verification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.careergpt.common.logs.LogEventRecorder;
import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, finding 2: the console sender's codes reached {@code log_events} (and the admin logs). They are printed
 * to the terminal only, and a stored line never holds a code.
 */
class CodesStayOutOfStoredLogsTest extends IdentityServiceTest {

    @Autowired
    private LogEventRecorder recorder;

    @Value("${careergpt.data-dir}")
    private Path dataDir;

    @Test
    void aCodeIsPrintedToTheTerminalButNeverStoredOrWrittenToTheLogFile(CapturedOutput output) throws Exception {
        String requestId = "code-leak-" + UUID.randomUUID();
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        assertThat(device.post("/auth/email", json("email", "leak.check@example.com"), Map.of("X-Request-Id", requestId))
                .status()).isEqualTo(202);
        String code = codeFor(output, "leak.check@example.com");
        assertThat(output.getOut()).contains("Verification code for leak.check@example.com: " + code);

        JsonNode lines = storedLines(requestId);
        assertThat(lines.size()).as("the request's other lines are still stored").isPositive();
        assertThat(lines.valueStream().map(line -> line.path("message").asString()))
                .noneMatch(message -> message.contains(code) || message.contains("Verification code for"));
        Path logFile = dataDir.resolve("logs/identity-service.log");
        if (Files.exists(logFile)) {
            assertThat(Files.readString(logFile)).doesNotContain("Verification code for leak.check@example.com");
        }
    }

    @Test
    void aLoggedLineThatHoldsACodeIsDroppedBeforeItIsStored() {
        String requestId = "logged-code-" + UUID.randomUUID();
        MDC.put("requestId", requestId);
        try {
            LoggerFactory.getLogger("com.careergpt.identity.Anything")
                    .info("Verification code for someone@example.com: 482913 (valid for 10 minutes)");
            LoggerFactory.getLogger("com.careergpt.identity.Anything").info("A harmless line of request {}", requestId);
        }
        finally {
            MDC.remove("requestId");
        }
        JsonNode lines = storedLines(requestId);
        assertThat(lines.valueStream().map(line -> line.path("message").asString()))
                .containsExactly("A harmless line of request " + requestId);
    }

    private JsonNode storedLines(String requestId) {
        recorder.flush();
        TestHttp.Response response = newDevice().get("/internal/logs?requestId=" + requestId, internalToken());
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("items");
    }
}
