package com.careergpt.service.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./careergpt up} as a user runs it, on the jars the build just packaged (started from their ahead-of-time
 * processed contexts, so this is also the end-to-end check of those): identity-service killed with
 * SIGKILL is restarted while careergpt-service keeps serving verified users; SIGTERM stops both. Runs after
 * {@code package} (failsafe), since the launcher starts the packaged jars.
 */
class LauncherSupervisionIT {

    private static final String JWT_SECRET = "dGVzdC1zZWNyZXQtb2YtYXQtbGVhc3QtMjU2LWJpdHMtZm9yLWhzMjU2LXNpZ25pbmc=";
    private static final Duration START = Duration.ofMinutes(4);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process launcher;
    private Path output;

    @AfterEach
    void stopLauncher() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroyForcibly();
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
        for (String service : List.of("identity-service", "careergpt-service")) {
            readPid(service).ifPresent(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void aKilledIdentityServiceIsRestartedWhileVerifiedUsersKeepWorking() throws Exception {
        int identityPort = freePort();
        int gatewayPort = freePort();
        output = dataDir.resolve("launcher.out");
        ProcessBuilder builder = new ProcessBuilder("./careergpt", "up")
                .directory(Path.of("..").toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(Map.of("IDENTITY_PORT", Integer.toString(identityPort),
                "CAREERGPT_PORT", Integer.toString(gatewayPort), "CAREERGPT_DATA_DIR", dataDir.toString(),
                "IDENTITY_BASE_URL", "http://127.0.0.1:" + identityPort, "JWT_SECRET", JWT_SECRET,
                "INTERNAL_SERVICE_TOKEN", "internal-service-token-for-launcher-test-0123456789"));
        launcher = builder.start();
        awaitOutput("CareerGPT is running", START);
        assertThat(read()).as("with the launcher's settings both start from their ahead-of-time processed contexts")
                .contains("Starting AOT-processed IdentityApplication", "Starting AOT-processed CareerGptApplication");

        String gateway = "http://127.0.0.1:" + gatewayPort;
        String token = signUp(gateway, "launcher.user@example.com");
        assertThat(status(gateway + "/api/results", token)).isEqualTo(200);

        long identityPid = readPid("identity-service").orElseThrow();
        ProcessHandle.of(identityPid).orElseThrow().destroyForcibly();
        awaitOutput("identity-service exited (status 137)", Duration.ofSeconds(30));

        List<Integer> whileDown = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            whileDown.add(status(gateway + "/api/results", token));
            Thread.sleep(300);
        }
        assertThat(whileDown).containsOnly(200);

        awaitOutput("identity-service is healthy again", START);
        assertThat(readPid("identity-service").orElseThrow()).isNotEqualTo(identityPid);
        assertThat(status("http://127.0.0.1:" + identityPort + "/actuator/health", null)).isEqualTo(200);
        assertThat(status(gateway + "/api/results", token)).isEqualTo(200);

        long gatewayPid = readPid("careergpt-service").orElseThrow();
        long restartedIdentity = readPid("identity-service").orElseThrow();
        launcher.destroy();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("the launcher stops on SIGTERM").isTrue();
        assertThat(ProcessHandle.of(gatewayPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.of(restartedIdentity).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private String signUp(String gateway, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        post(browser, gateway + "/auth/guest", null);
        post(browser, gateway + "/auth/email", "{\"email\":\"" + email + "\"}");
        awaitOutput("Verification code for " + email, Duration.ofSeconds(30));
        Matcher code = Pattern.compile(Pattern.quote(email) + ": (\\d{6})").matcher(read());
        assertThat(code.find()).isTrue();
        HttpResponse<String> verified = post(browser, gateway + "/auth/verify", "{\"code\":\"" + code.group(1) + "\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        return JSON.readTree(verified.body()).path("token").asString();
    }

    private static HttpResponse<String> post(HttpClient client, String url, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException | InterruptedException unreachable) {
            return -1;
        }
    }

    private void awaitOutput(String text, Duration timeout) throws Exception {
        await(() -> read().contains(text), timeout, "launcher output to show \"" + text + "\"");
    }

    private void await(BooleanSupplier condition, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline) || !launcher.isAlive()) {
                throw new AssertionError("Gave up waiting for " + what + "; launcher output:\n" + read());
            }
            Thread.sleep(250);
        }
    }

    private String read() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        }
        catch (IOException ex) {
            return "";
        }
    }

    private Optional<Long> readPid(String service) {
        try {
            Path file = dataDir.resolve("run").resolve(service + ".pid");
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim()))
                    : Optional.empty();
        }
        catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
