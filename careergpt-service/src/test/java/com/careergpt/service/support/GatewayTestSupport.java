package com.careergpt.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;
import com.careergpt.identity.IdentityApplication;
import com.careergpt.identity.support.ConsoleCodes;
import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.CareerGptApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Runs a real identity-service in this JVM on a random port and signs users up through the gateway. */
public final class GatewayTestSupport {

    public static final String JWT_SECRET = "dGVzdC1zZWNyZXQtb2YtYXQtbGVhc3QtMjU2LWJpdHMtZm9yLWhzMjU2LXNpZ25pbmc=";
    public static final String INTERNAL_TOKEN = "internal-service-token-for-tests-0123456789";
    public static final String ADMIN_EMAIL = "admin@careergpt.example.org";

    /** Tests play the reverse proxy: their X-Forwarded-For names each simulated client's address. */
    public static final String TEST_CLIENT_IS_A_PROXY = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32,::1/128";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private GatewayTestSupport() {
    }

    public static ConfigurableApplicationContext startIdentity(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--careergpt.data-dir=" + tempDir("identity-"),
                "--careergpt.jwt.secret=" + JWT_SECRET,
                "--careergpt.identity.internal.service-token=" + INTERNAL_TOKEN,
                "--careergpt.identity.token.admin-emails=" + ADMIN_EMAIL,
                "--careergpt.identity.verification.resend-cooldown=0s",
                // Nor for careergpt-service's MCP server.
                "--spring.ai.mcp.server.enabled=false",
                // careergpt-service's classpath carries Spring AI and JobRunr; identity-service has no use for them.
                "--spring.autoconfigure.exclude=org.springframework.ai.model.openai.autoconfigure.OpenAiAudioSpeechAutoConfiguration,"
                        + "org.springframework.ai.model.openai.autoconfigure.OpenAiAudioTranscriptionAutoConfiguration,"
                        + "org.springframework.ai.model.openai.autoconfigure.OpenAiImageAutoConfiguration,"
                        + "org.springframework.ai.model.openai.autoconfigure.OpenAiModerationAutoConfiguration,"
                        + "org.springframework.ai.model.openai.autoconfigure.OpenAiEmbeddingAutoConfiguration,"
                        + "org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration,"
                        + "org.springframework.ai.model.ollama.autoconfigure.OllamaEmbeddingAutoConfiguration,"
                        + "org.springframework.ai.model.ollama.autoconfigure.OllamaChatAutoConfiguration,"
                        + "org.jobrunr.spring.autoconfigure.JobRunrAutoConfiguration,"
                        + "org.jobrunr.spring.autoconfigure.storage.JobRunrSqlStorageAutoConfiguration"));
        // A setting given again replaces the default above (Spring would read both values as one list).
        for (String extra : extraArgs) {
            args.removeIf(arg -> arg.contains("=") && arg.substring(0, arg.indexOf('=') + 1)
                    .equals(extra.substring(0, extra.indexOf('=') + 1)));
            args.add(extra);
        }
        return IdentityApplication.application().run(args.toArray(String[]::new));
    }

    /**
     * A careergpt-service started by hand (not by the test framework), e.g. a second instance, on a random port
     * with its own data directory. Other test classes' nested configurations stay out, as in a test context.
     */
    public static ConfigurableApplicationContext startGateway(ConfigurableApplicationContext identity, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--careergpt.data-dir=" + tempDir("careergpt-"),
                "--careergpt.jwt.secret=" + JWT_SECRET,
                "--careergpt.gateway.internal-service-token=" + INTERNAL_TOKEN,
                "--careergpt.gateway.identity-base-url=http://127.0.0.1:" + port(identity),
                "--" + TEST_CLIENT_IS_A_PROXY));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(CareerGptApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("otherTestsExcluded", new OtherTestsExcluded()))
                .run(args.toArray(String[]::new));
    }

    /** Like Spring Boot's test filter: classes of tests (and their nested classes) are not scanned. */
    private static final class OtherTestsExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            String name = reader.getClassMetadata().getClassName();
            String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return outer.endsWith("Test");
        }
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A gateway in front of {@code identity} that believes the test client's X-Forwarded-For (see {@link #device}). */
    public static void gatewayProperties(DynamicPropertyRegistry registry, ConfigurableApplicationContext identity) {
        directClientProperties(registry, identity);
        String[] proxies = TEST_CLIENT_IS_A_PROXY.split("=", 2);
        registry.add(proxies[0], () -> proxies[1]);
    }

    /** A gateway in front of {@code identity} that, as by default, believes no client's X-Forwarded-For. */
    public static void directClientProperties(DynamicPropertyRegistry registry, ConfigurableApplicationContext identity) {
        registry.add("careergpt.data-dir", () -> tempDir("careergpt-").toString());
        registry.add("careergpt.jwt.secret", () -> JWT_SECRET);
        registry.add("careergpt.gateway.internal-service-token", () -> INTERNAL_TOKEN);
        registry.add("careergpt.gateway.identity-base-url", () -> "http://127.0.0.1:" + port(identity));
    }

    /** A new device (its own cookies) behind its own client address. */
    public static TestHttp device(int gatewayPort) {
        int n = ADDRESSES.incrementAndGet();
        return new TestHttp(gatewayPort, "198.18." + (n / 250) + "." + (n % 250 + 1));
    }

    /** Guest, email, code from the console, verify, all through the gateway: returns the access token. */
    public static String signUp(TestHttp device, CapturedOutput output, String email) {
        device.post("/auth/guest", null);
        TestHttp.Response sent = device.post("/auth/email", "{\"email\":\"" + email + "\"}");
        if (sent.status() != 202) {
            throw new AssertionError("email not accepted: " + sent.body());
        }
        TestHttp.Response verified = device.post("/auth/verify", "{\"code\":\"" + codeFor(output, email) + "\"}");
        if (verified.status() != 200) {
            throw new AssertionError("code not accepted: " + verified.body());
        }
        return verified.json().path("token").asString();
    }

    /** A token identity-service would issue, minted with the shared test secret (verified users are checked locally). */
    public static String tokenFor(String userId, String role) {
        AccessTokens tokens = new AccessTokens(JwtKeyRing.fromBase64(JWT_SECRET, List.of()), "careergpt-identity",
                Duration.ofHours(2), Clock.systemUTC());
        return tokens.issue(userId, "verified", role, Duration.ofHours(1)).value();
    }

    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    public static String codeFor(CapturedOutput output, String email) {
        return ConsoleCodes.codeFor(output, email);
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
