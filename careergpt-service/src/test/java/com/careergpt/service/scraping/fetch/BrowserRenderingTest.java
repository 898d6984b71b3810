package com.careergpt.service.scraping.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.FixtureServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Headless Chromium (Debian's, as CI installs it) rendering pages through the guarded client. */
class BrowserRenderingTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static FixtureServer site;
    static BrowserPageFetcher browser;
    static StaticPageFetcher plain;
    static GuardedHttpClient http;
    static final AtomicInteger IMAGE_REQUESTS = new AtomicInteger();

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here");
        site = new FixtureServer();
        site.page("/pixel.png", 200, "image/png", "not really a png");
        site.page("/noisy.html", 200, "text/html", """
                <html><head><title>Noisy</title></head><body><h1 id="t">waiting</h1>
                <img src="/pixel.png"><script>
                fetch('http://169.254.169.254/latest/meta-data/').then(() => document.title = 'LEAKED').catch(() => {});
                fetch('/data.json').then(r => r.json()).then(d => document.getElementById('t').textContent = d.title);
                </script></body></html>""");
        site.page("/data.json", 200, "application/json", "{\"title\":\"Platform Engineer\"}");
        ScraperProperties properties = new ScraperProperties(List.of("localhost:" + site.port()), "CareerGPTBot/0.1 (+test)",
                Duration.ofSeconds(2), Duration.ofSeconds(10), DataSize.ofMegabytes(5), 5, Duration.ZERO, 1,
                Duration.ofMillis(50), Duration.ofSeconds(1), CHROMIUM, 2, Duration.ofSeconds(15));
        SsrfGuard guard = new SsrfGuard(properties.allowedHosts());
        http = new GuardedHttpClient(guard, properties);
        SiteAccess access = new SiteAccess(guard, new RobotsPolicy(http, properties.userAgent()),
                new HostPoliteness(Duration.ZERO));
        browser = new BrowserPageFetcher(http, guard, access, properties, Clock.systemUTC());
        plain = new StaticPageFetcher(http, access, properties, Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
            http.close();
            site.close();
        }
    }

    @Test
    void aJavaScriptOnlyJobIsFoundAfterRenderingButNotStatically() throws FetchException {
        JobPageExtractor extractor = new JobPageExtractor(SkillTaxonomy.bundled(), Clock.systemUTC());
        URI url = URI.create(site.url("/jobs/spa-rendered-by-script.html"));

        assertThat(extractor.extract(plain.fetch(url))).isEmpty();
        FetchedPage rendered = browser.fetch(url);
        JobPosting job = extractor.extract(rendered).orElseThrow();

        assertThat(rendered.fetcher()).isEqualTo("browser");
        assertThat(job.title()).isEqualTo("Computer Vision Engineer");
        assertThat(job.company()).isEqualTo("Halcyon Robotics");
        assertThat(job.location().city()).isEqualTo("Vancouver");
        assertThat(job.location().country()).isEqualTo("CA");
        assertThat(job.salary().currency()).isEqualTo("CAD");
        assertThat(job.skills()).contains("PyTorch", "TensorFlow", "MLflow", "Docker", "AWS", "C++", "Python", "Computer Vision");
    }

    @Test
    void imagesAndPrivateAddressesAreBlockedInsideTheBrowser() throws FetchException {
        int blockedBefore = browser.blockedRequests();
        FetchedPage rendered = browser.fetch(URI.create(site.url("/noisy.html")));

        assertThat(rendered.body()).contains("Platform Engineer").contains("<title>Noisy</title>");
        assertThat(browser.blockedRequests() - blockedBefore).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theBrowserIsRecycledAfterTheConfiguredNumberOfPages() throws FetchException {
        int launchesBefore = browser.launches();
        for (int i = 0; i < 4; i++) {
            browser.fetch(URI.create(site.url("/jobs/ats-jsonld-backend.html")));
        }
        assertThat(browser.launches() - launchesBefore).isGreaterThanOrEqualTo(2);
    }
}
