package com.careergpt.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.careergpt.identity.IdentityApplication;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the real application on a random port with its own SQLite file in a temp folder,
 * a clock the test can move, and the console code sender's output captured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + IdentityApplication.CONFIG_NAME)
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
public abstract class IdentityServiceTest {

    public static final String JWT_SECRET = "dGVzdC1zZWNyZXQtb2YtYXQtbGVhc3QtMjU2LWJpdHMtZm9yLWhzMjU2LXNpZ25pbmc=";
    public static final String INTERNAL_TOKEN = "internal-service-token-for-tests-0123456789";
    public static final String ADMIN_EMAIL = "admin@careergpt.example.org";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void isolatedDatabase(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        registry.add("careergpt.data-dir", dataDir::toString);
        registry.add("careergpt.jwt.secret", () -> JWT_SECRET);
        registry.add("careergpt.identity.internal.service-token", () -> INTERNAL_TOKEN);
        registry.add("careergpt.identity.token.admin-emails", () -> ADMIN_EMAIL);
        // Tests play the reverse proxy: their X-Forwarded-For names each simulated client's address.
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127.0.0.1/32,::1/128");
    }

    static Path newDataDir() {
        try {
            return Files.createTempDirectory("identity-test-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A new device behind its own client address, so per-IP limits of other tests do not interfere. */
    protected TestHttp newDevice() {
        int n = ADDRESSES.incrementAndGet();
        return new TestHttp(port, "198.51." + (n / 250) + "." + (n % 250 + 1));
    }

    /** The last code the console sender printed for this address. */
    protected static String codeFor(CapturedOutput output, String email) {
        return ConsoleCodes.codeFor(output, email);
    }

    protected static String json(String field, String value) {
        return "{\"" + field + "\":\"" + value + "\"}";
    }

    /** Guest, email, code from the console, verify: returns the verify response. Waits out the resend cooldown first. */
    protected TestHttp.Response signUp(TestHttp device, CapturedOutput output, String email) {
        clock.advance(Duration.ofSeconds(61));
        device.post("/auth/guest", null);
        TestHttp.Response sent = device.post("/auth/email", json("email", email));
        if (sent.status() != 202) {
            throw new AssertionError("email not accepted: " + sent.body());
        }
        return device.post("/auth/verify", json("code", codeFor(output, email)));
    }

    protected static Map<String, String> internalToken() {
        return Map.of("X-Internal-Token", INTERNAL_TOKEN);
    }
}
