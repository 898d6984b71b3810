package com.careergpt.service.scraping.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The static fetcher against a local server that misbehaves in every way the scraper must survive. */
class FetchSafetyTest {

    private HttpServer server;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final AtomicInteger robotsRequests = new AtomicInteger();
    private GuardedHttpClient http;
    private StaticPageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
                robotsRequests.incrementAndGet();
            }
            routes.getOrDefault(exchange.getRequestURI().getPath(), ex -> send(ex, 404, "text/html", "<h1>Not found</h1>"))
                    .handle(exchange);
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        routes.put("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
        routes.put("/job", ex -> send(ex, 200, "text/html; charset=utf-8", "<html><body><h1>Backend Engineer</h1></body></html>"));
        fetcher = fetcher(Duration.ofSeconds(3), Duration.ZERO, 3);
    }

    private StaticPageFetcher fetcher(Duration totalTimeout, Duration politeness, int attempts) {
        ScraperProperties properties = new ScraperProperties(List.of("localhost:" + server.getAddress().getPort()),
                "CareerGPTBot/0.1 (+test)",
                Duration.ofSeconds(2), totalTimeout, DataSize.ofMegabytes(5), 5, politeness, attempts,
                Duration.ofMillis(50), Duration.ofSeconds(2), Path.of("/usr/bin/chromium"), 2, Duration.ofSeconds(10));
        SsrfGuard guard = new SsrfGuard(properties.allowedHosts());
        if (http != null) {
            closeQuietly();
        }
        http = new GuardedHttpClient(guard, properties);
        SiteAccess access = new SiteAccess(guard, new RobotsPolicy(http, properties.userAgent()),
                new HostPoliteness(properties.politenessDelay()));
        return new StaticPageFetcher(http, access, properties, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            http.close();
        } catch (IOException ignored) {
            // closing a test client
        }
    }

    private String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static HttpHandler redirectTo(String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        };
    }

    private FetchFailure failureOf(String url) {
        try {
            fetcher.fetch(URI.create(url));
        } catch (FetchException failure) {
            return failure.failure();
        }
        throw new AssertionError("expected " + url + " to fail");
    }

    @Test
    void anAllowListedPageIsFetchedAndDecoded() throws FetchException {
        FetchedPage page = fetcher.fetch(URI.create(url("/job")));
        assertThat(page.body()).contains("Backend Engineer");
        assertThat(page.fetcher()).isEqualTo("static");
        assertThat(page.status()).isEqualTo(200);
    }

    @Test
    void redirectsToLoopbackOrMetadataAddressesAreRefused() {
        int port = server.getAddress().getPort();
        routes.put("/to-loopback", redirectTo("http://127.0.0.1:" + port + "/job"));
        routes.put("/to-metadata", redirectTo("http://169.254.169.254/latest/meta-data/"));
        routes.put("/to-ipv6-loopback", redirectTo("http://[::1]:" + port + "/job"));
        routes.put("/to-file", redirectTo("file:///etc/passwd"));

        assertThat(failureOf(url("/to-loopback"))).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        assertThat(failureOf(url("/to-metadata"))).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        assertThat(failureOf(url("/to-ipv6-loopback"))).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        assertThat(failureOf(url("/to-file"))).isEqualTo(FetchFailure.INVALID_URL);
    }

    @Test
    void aRedirectChainEndsAfterFiveHops() throws FetchException {
        for (int i = 0; i < 7; i++) {
            routes.put("/hop" + i, redirectTo("/hop" + (i + 1)));
        }
        routes.put("/hop7", routes.get("/job"));
        assertThat(failureOf(url("/hop0"))).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
        assertThat(fetcher.fetch(URI.create(url("/hop3"))).finalUrl().getPath()).isEqualTo("/hop7");
    }

    @Test
    void aHugeBodyStopsAtTheCapWithoutBeingRead() {
        AtomicInteger sentMegabytes = new AtomicInteger();
        routes.put("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] megabyte = new byte[1024 * 1024];
            Arrays.fill(megabyte, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(megabyte);
                    sentMegabytes.incrementAndGet();
                }
            } catch (IOException clientWentAway) {
                // the fetcher hung up at its cap
            }
        });
        assertThat(failureOf(url("/huge"))).isEqualTo(FetchFailure.TOO_LARGE);
        assertThat(sentMegabytes.get()).isLessThan(50);
    }

    @Test
    void aSlowDripEndsAtTheTotalDeadline() {
        fetcher = fetcher(Duration.ofMillis(1500), Duration.ZERO, 1);
        routes.put("/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException clientWentAway) {
                // the fetcher hung up at its deadline
            }
        });
        long started = System.nanoTime();
        assertThat(failureOf(url("/drip"))).isEqualTo(FetchFailure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void robotsTxtDisallowIsHonouredAndCachedPerSite() {
        routes.put("/private/job", routes.get("/job"));
        assertThat(failureOf(url("/private/job"))).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
        assertThat(failureOf(url("/private/other"))).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
        assertThat(robotsRequests.get()).isEqualTo(1);
    }

    @Test
    void crawlDelayFromRobotsSpacesRequestsToOneHost() throws FetchException {
        routes.put("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nCrawl-delay: 1\n"));
        fetcher.fetch(URI.create(url("/job")));
        long started = System.nanoTime();
        fetcher.fetch(URI.create(url("/job")));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheAskedDelayThenSucceeds() throws FetchException {
        AtomicInteger calls = new AtomicInteger();
        routes.put("/busy-once", exchange -> {
            if (calls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, "text/html", "slow down");
            } else {
                send(exchange, 200, "text/html", "<h1>Backend Engineer</h1>");
            }
        });
        assertThat(fetcher.fetch(URI.create(url("/busy-once"))).body()).contains("Backend Engineer");
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aServerThatStaysUnavailableEndsAsRateLimitedAfterTheRetries() {
        AtomicInteger calls = new AtomicInteger();
        routes.put("/down", exchange -> {
            calls.incrementAndGet();
            send(exchange, 503, "text/html", "maintenance");
        });
        assertThat(failureOf(url("/down"))).isEqualTo(FetchFailure.RATE_LIMITED);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void errorsAndNonHtmlAreClearFailures() throws Exception {
        routes.put("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4"));
        routes.put("/boom", ex -> send(ex, 500, "text/html", "oops"));
        assertThat(failureOf(url("/missing"))).isEqualTo(FetchFailure.HTTP_ERROR);
        assertThat(failureOf(url("/boom"))).isEqualTo(FetchFailure.HTTP_ERROR);
        assertThat(failureOf(url("/pdf"))).isEqualTo(FetchFailure.NOT_HTML);
        assertThat(failureOf("ftp://localhost/file")).isEqualTo(FetchFailure.INVALID_URL);
        assertThat(failureOf("http://no-such-host.invalid/job")).isEqualTo(FetchFailure.UNREACHABLE);
        try {
            fetcher.fetch(URI.create(url("/missing")));
        } catch (FetchException failure) {
            assertThat(failure.getMessage()).contains("404");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "224.0.0.1", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void nonPublicAddressesAreRefused(String address) throws Exception {
        assertThat(SsrfGuard.isPublic(InetAddress.getByName(address))).isFalse();
        assertThatThrownBy(() -> new SsrfGuard(List.of()).resolve(address, 80))
                .isInstanceOf(FetchException.class)
                .satisfies(error -> assertThat(((FetchException) error).failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(SsrfGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void anAllowListedAddressPassesOnItsPortsOnly() throws Exception {
        assertThat(new SsrfGuard(List.of("127.0.0.1")).resolve("127.0.0.1", 80)).isNotEmpty();
        assertThat(new SsrfGuard(List.of("127.0.0.1")).resolve("127.0.0.1", 443)).isNotEmpty();
        assertThat(new SsrfGuard(List.of("127.0.0.1:8080")).resolve("127.0.0.1", 8080)).isNotEmpty();
        assertThat(new SsrfGuard(List.of("[::1]:8080")).resolve("::1", 8080)).isNotEmpty();
        assertThat(new SsrfGuard(List.of("::1")).resolve("[::1]", 443)).isNotEmpty();
        assertThat(new SsrfGuard(List.of("intranet.local:8443", "localhost")).resolve("localhost", 80)).isNotEmpty();
        for (SsrfGuard guard : List.of(new SsrfGuard(List.of("127.0.0.1")), new SsrfGuard(List.of("localhost")),
                new SsrfGuard(List.of("127.0.0.1:8080")), new SsrfGuard(List.of("[::1]:8080")))) {
            assertThatThrownBy(() -> guard.resolve("localhost", 6379))
                    .isInstanceOf(FetchException.class)
                    .satisfies(error -> assertThat(((FetchException) error).failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS));
        }
        assertThatThrownBy(() -> new SsrfGuard(List.of("localhost:http"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SsrfGuard(List.of("localhost:70000"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRedirectToAnotherPortOfAnAllowListedHostIsRefused() throws IOException {
        try (ServerSocket otherPort = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            otherPort.setSoTimeout(1);
            routes.put("/to-other-port", redirectTo("http://localhost:" + otherPort.getLocalPort() + "/job"));
            routes.put("/to-other-port-by-ip", redirectTo("http://127.0.0.1:" + otherPort.getLocalPort() + "/job"));

            assertThat(failureOf(url("/to-other-port"))).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failureOf(url("/to-other-port-by-ip"))).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failureOf("http://localhost:" + otherPort.getLocalPort() + "/job"))
                    .isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThatThrownBy(otherPort::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void theHttpClientChecksThePortOfEveryConnection() {
        int otherPort = server.getAddress().getPort() == 65535 ? 65534 : server.getAddress().getPort() + 1;
        assertThatThrownBy(() -> http.get(URI.create("http://localhost:" + otherPort + "/job"), "*/*"))
                .isInstanceOf(FetchException.class)
                .satisfies(error -> assertThat(((FetchException) error).failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS));
    }
}
