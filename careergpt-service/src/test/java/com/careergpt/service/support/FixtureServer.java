package com.careergpt.service.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local web server for scraping tests: serves the job-page fixtures ({@link Fixtures}) under {@code /jobs/}, plus
 * pages a test registers; anything else is a 404.
 */
public final class FixtureServer implements AutoCloseable {

    private record Page(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fixture-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;

    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /**
     * Lets the service under test scrape this server: localhost on this server's port (and the other
     * {@code host:port} entries given, e.g. a webhook receiver) allowed past the SSRF guard, no politeness delay, and
     * the Greenhouse and Lever feed base URLs pointing here.
     */
    public void scrapedBy(DynamicPropertyRegistry registry, String... alsoAllowed) {
        registry.add("careergpt.scraper.allowed-hosts", () -> String.join(",",
                Stream.concat(Stream.of("localhost:" + port()), Arrays.stream(alsoAllowed)).toList()));
        registry.add("careergpt.scraper.politeness-delay", () -> "0s");
        registry.add("careergpt.collect.greenhouse-base-url", () -> "http://localhost:" + port());
        registry.add("careergpt.collect.lever-base-url", () -> "http://localhost:" + port());
    }

    public void page(String path, int status, String contentType, String body) {
        pages.put(path, new Page(status, contentType, body));
    }

    /** From now on every answer but robots.txt waits this long before it is sent, like a slow site. */
    public void latency(Duration latency) {
        this.latency = latency;
    }

    /** How many times the path has been asked for. */
    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    public static String fixture(String relative) {
        return Fixtures.read(relative);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        if (!path.equals("/robots.txt") && !latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Page page = pages.get(path);
        if (page == null && path.startsWith("/jobs/") && path.endsWith(".html")) {
            Path file = Fixtures.path("jobs").resolve(path.substring("/jobs/".length()));
            if (Files.isRegularFile(file)) {
                page = new Page(200, "text/html; charset=utf-8", Files.readString(file));
            }
        }
        if (page == null && path.equals("/robots.txt")) {
            page = new Page(200, "text/plain", "User-agent: *\nAllow: /\n");
        }
        if (page == null) {
            page = new Page(404, "text/html", "<html><body><h1>Not found</h1></body></html>");
        }
        byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", page.contentType());
        exchange.sendResponseHeaders(page.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
