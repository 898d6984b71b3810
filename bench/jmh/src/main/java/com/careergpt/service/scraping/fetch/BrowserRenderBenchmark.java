package com.careergpt.service.scraping.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.util.unit.DataSize;

import com.careergpt.service.support.FixtureServer;

/**
 * Milliseconds per page rendered by the browser fetcher (headless Chromium, every request through the guarded
 * client), on the JavaScript-only fixture served locally: one page per measured iteration, the browser recycled
 * every 50 pages as configured. Run by bench/browser-render.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 40)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class BrowserRenderBenchmark {

    @Param("/usr/bin/chromium")
    public String chromium;

    private FixtureServer site;

    private GuardedHttpClient http;

    private BrowserPageFetcher browser;

    private URI url;

    @Setup
    public void start() throws Exception {
        site = new FixtureServer();
        ScraperProperties properties = new ScraperProperties(List.of("localhost:" + site.port()), "CareerGPTBot/0.1 (+bench)",
                Duration.ofSeconds(5), Duration.ofSeconds(20), DataSize.ofMegabytes(5), 5, Duration.ZERO, 1,
                Duration.ofSeconds(1), Duration.ofSeconds(5), Path.of(chromium), 50, Duration.ofSeconds(15));
        SsrfGuard guard = new SsrfGuard(properties.allowedHosts());
        http = new GuardedHttpClient(guard, properties);
        browser = new BrowserPageFetcher(http, guard,
                new SiteAccess(guard, new RobotsPolicy(http, properties.userAgent()), new HostPoliteness(Duration.ZERO)),
                properties, Clock.systemUTC());
        url = URI.create(site.url("/jobs/spa-rendered-by-script.html"));
    }

    @TearDown
    public void stop() throws Exception {
        browser.close();
        http.close();
        site.close();
    }

    @Benchmark
    public FetchedPage render() throws Exception {
        return browser.fetch(url);
    }
}
