package com.careergpt.service.scraping.extract;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

/**
 * Extract + normalize of a ~200 KB job page (a fixture padded with realistic noise: navigation, related jobs, inline
 * scripts and a long description): one with JSON-LD, one read by the page heuristics alone (most pages of the world
 * have no structured data). Goal: median < 10 ms. Run by bench/extract.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ExtractBenchmark {

    @Param({ "jobs/ats-jsonld-backend.html", "jobs/german-labels-monthly-eur.html" })
    public String fixture;

    private JobPageExtractor extractor;

    private FetchedPage page;

    @Setup
    public void load() {
        extractor = new JobPageExtractor(SkillTaxonomy.bundled(), Clock.systemUTC());
        URI url = URI.create("https://example.com/job");
        page = new FetchedPage(url, url, 200, "text/html", padded(Fixtures.read(fixture), "</main>"), "static",
                Instant.now());
    }

    @Benchmark
    public JobPosting extractAndNormalize() {
        return extractor.extract(page).orElseThrow();
    }

    private static String padded(String fixture, String before) {
        StringBuilder noise = new StringBuilder();
        int i = 0;
        while (noise.length() < 200_000) {
            noise.append("<aside class=\"related\"><ul><li><a href=\"/jobs/").append(i).append("\">Warehouse Associate ")
                    .append(i).append("</a> – Leeds</li></ul></aside>")
                    .append("<script>window.__state_").append(i).append(" = {\"items\":[1,2,3],\"x\":\"").append("y".repeat(200)).append("\"};</script>")
                    .append("<p>We build logistics software with Java, Kafka and Kubernetes for ").append(i)
                    .append(" warehouses; you will own services end to end, write tests and review code.</p>");
            i++;
        }
        return fixture.replace(before, "<div>" + noise + "</div>" + before);
    }
}
