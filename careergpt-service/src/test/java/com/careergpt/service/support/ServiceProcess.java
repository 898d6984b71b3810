package com.careergpt.service.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A careergpt-service in a JVM of its own, so that a test can kill it the hard way ({@code kill -9}) and start it
 * again on the same data directory and port. It runs the module's main classes and dependencies (the test's class
 * path without test classes), standalone: the test JWT secret, no identity-service, SQLite in the data directory.
 * Its output goes to {@code service.log} in the data directory, shown when it fails to start.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    private ServiceProcess(Path dataDir, int port, List<String> settings) {
        this.dataDir = dataDir;
        this.port = port;
        this.settings = settings;
    }

    /** Starts the service with these extra {@code name=value} settings and waits until its health is UP. */
    public static ServiceProcess start(String... settings) {
        try {
            ServiceProcess service = new ServiceProcess(Files.createTempDirectory("careergpt-process-"), freePort(),
                    List.of(settings));
            service.launch();
            return service;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The service's SQLite database, for a test to read what it stored. */
    public String jdbcUrl() {
        return "jdbc:sqlite:" + dataDir.resolve("careergpt.db");
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever was in flight is cut off. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the service again on the same data directory and port and waits until it is UP. */
    public void restart() {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-cp", mainClassPath(),
                "com.careergpt.service.CareerGptApplication",
                "--server.port=" + port,
                "--careergpt.data-dir=" + dataDir,
                "--careergpt.jwt.secret=" + GatewayTestSupport.JWT_SECRET,
                "--careergpt.gateway.internal-service-token=" + GatewayTestSupport.INTERNAL_TOKEN,
                "--careergpt.gateway.identity-base-url=http://127.0.0.1:9"));
        settings.forEach(setting -> command.add("--" + setting));
        File log = dataDir.resolve("service.log").toFile();
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        awaitUp();
    }

    private void awaitUp() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("careergpt-service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for careergpt-service", interrupted);
            }
            sleep(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException("careergpt-service was not UP within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** The last lines the service printed. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("service.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    /**
     * The class path the test runs with, less test classes: surefire passes the whole test class path in
     * {@code java.class.path}, and this module's test classes must not be component-scanned by the service.
     */
    private static String mainClassPath() {
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.stream(testPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .toList();
        if (entries.stream().noneMatch(entry -> entry.contains("careergpt-service"))) {
            throw new IllegalStateException("careergpt-service's classes are not on the class path: " + testPath);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
