package com.careergpt.service.scraping.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

/**
 * Extract + normalize of ~200 KB job pages (a fixture padded with realistic noise: navigation, related jobs, inline
 * scripts and a long description): one with JSON-LD, one read by the page heuristics alone (most pages of the world
 * have no structured data). Run by bench/extract.sh; prints median and p90 after warm-up, of wall-clock time and of
 * the thread's CPU time.
 */
public final class ExtractBenchmark {

    private ExtractBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        JobPageExtractor extractor = new JobPageExtractor(SkillTaxonomy.bundled(), Clock.systemUTC());
        measure("JSON-LD page", extractor, padded(Fixtures.read("jobs/ats-jsonld-backend.html"), "</main>"), rounds);
        measure("plain HTML page", extractor, padded(Fixtures.read("jobs/german-labels-monthly-eur.html"), "</main>"),
                rounds);
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

    private static void measure(String name, JobPageExtractor extractor, String page, int rounds) {
        FetchedPage fetched = new FetchedPage(URI.create("https://example.com/job"), URI.create("https://example.com/job"),
                200, "text/html", page, "static", Instant.now());
        for (int w = 0; w < 100; w++) {
            extractor.extract(fetched).orElseThrow();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[rounds];
        long[] cpuNanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            extractor.extract(fetched).orElseThrow();
            cpuNanos[r] = threads.getCurrentThreadCpuTime() - cpuStarted;
            nanos[r] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf("%s: %d KB, rounds: %d%n", name, page.length() / 1024, rounds);
        System.out.printf("  extract + normalize: median %.2f ms, p90 %.2f ms (goal: median < 10 ms)%n",
                nanos[rounds / 2] / 1e6, nanos[rounds * 9 / 10] / 1e6);
        System.out.printf("  CPU time of the thread (what a busy shared machine does not inflate): median %.2f ms, "
                + "p90 %.2f ms%n", cpuNanos[rounds / 2] / 1e6, cpuNanos[rounds * 9 / 10] / 1e6);
    }
}
