package com.careergpt.identity.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.careergpt.identity.support.IdentityServiceTest;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With an OTLP endpoint configured, the spans of a request are exported to it (OTLP over HTTP, protobuf). */
class OtlpTraceExportTest extends IdentityServiceTest {

    static final BlockingQueue<String> EXPORTS = new LinkedBlockingQueue<>();
    static final HttpServer COLLECTOR = collector();

    private static HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                EXPORTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body.length);
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @DynamicPropertySource
    static void otlp(DynamicPropertyRegistry registry) {
        registry.add("management.opentelemetry.tracing.export.otlp.endpoint",
                () -> "http://127.0.0.1:" + COLLECTOR.getAddress().getPort() + "/v1/traces");
        registry.add("management.opentelemetry.tracing.export.schedule-delay", () -> "100ms");
    }

    @AfterAll
    static void stop() {
        COLLECTOR.stop(0);
    }

    @Test
    void aRequestsSpansReachTheConfiguredCollector() throws InterruptedException {
        assertThat(newDevice().post("/auth/guest", null).status()).isEqualTo(201);

        String export = EXPORTS.poll(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
        assertThat(export).isNotNull().startsWith("POST /v1/traces application/x-protobuf");
    }
}
