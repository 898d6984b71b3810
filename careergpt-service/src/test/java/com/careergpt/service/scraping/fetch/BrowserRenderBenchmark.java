package com.careergpt.service.scraping.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.unit.DataSize;

import com.careergpt.service.support.FixtureServer;

/**
 * Milliseconds per page rendered by the browser fetcher (headless Chromium, every request through the guarded
 * client), on the JavaScript-only fixture served locally, after warm-up. Run by bench/browser-render.sh.
 */
public final class BrowserRenderBenchmark {

    private BrowserRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path chromium = Path.of(args.length > 1 ? args[1] : "/usr/bin/chromium");
        try (FixtureServer site = new FixtureServer()) {
            ScraperProperties properties = new ScraperProperties(List.of("localhost:" + site.port()), "CareerGPTBot/0.1 (+bench)",
                    Duration.ofSeconds(5), Duration.ofSeconds(20), DataSize.ofMegabytes(5), 5, Duration.ZERO, 1,
                    Duration.ofSeconds(1), Duration.ofSeconds(5), chromium, 50, Duration.ofSeconds(15));
            SsrfGuard guard = new SsrfGuard(properties.allowedHosts());
            try (GuardedHttpClient http = new GuardedHttpClient(guard, properties);
                    BrowserPageFetcher browser = new BrowserPageFetcher(http, guard,
                            new SiteAccess(guard, new RobotsPolicy(http, properties.userAgent()), new HostPoliteness(Duration.ZERO)),
                            properties, Clock.systemUTC())) {
                URI url = URI.create(site.url("/jobs/spa-rendered-by-script.html"));
                for (int i = 0; i < 5; i++) {
                    browser.fetch(url);
                }
                long[] millis = new long[pages];
                for (int i = 0; i < pages; i++) {
                    long started = System.nanoTime();
                    browser.fetch(url);
                    millis[i] = (System.nanoTime() - started) / 1_000_000;
                }
                Arrays.sort(millis);
                System.out.printf("browser render (recycle every %d pages): median %d ms, p90 %d ms over %d pages%n",
                        properties.browserRecycleAfter(), millis[pages / 2], millis[pages * 9 / 10], pages);
            }
        }
    }
}
