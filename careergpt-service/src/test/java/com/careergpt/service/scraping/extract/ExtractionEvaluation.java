package com.careergpt.service.scraping.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the product's extraction on a folder of real pages ({@code NAME.html} + {@code NAME.expected.json}):
 * each page goes through the same path as {@code POST /api/jobs/collect} with {@code html} (the extractor with the
 * bundled taxonomy; the optional LLM fill is off by default), then is compared with its expected reading. Prints per
 * field accuracy, overall accuracy, job pages missed, false jobs and a per-page table. Run by
 * bench/eval-extraction.sh; with {@code --floor P} it exits 1 when overall accuracy is below P percent, a job page
 * is missed or a non-job page is stored.
 */
public final class ExtractionEvaluation {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-20T10:00:00Z");

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ExtractionEvaluation DIR [--floor PERCENT]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Double floor = args.length >= 3 && "--floor".equals(args[1]) ? Double.valueOf(args[2]) : null;
        Report report = evaluate(dir);
        report.print(System.out);
        if (floor != null && (report.overall() * 100 < floor || report.missed() > 0 || report.falseJobs() > 0)) {
            System.out.printf("FAILED: below the floor (overall >= %.1f%%, no missed job page, no false job)%n", floor);
            System.exit(1);
        }
    }

    static Report evaluate(Path dir) throws IOException {
        SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
        JobPageExtractor extractor = new JobPageExtractor(taxonomy, Clock.fixed(RECEIVED_AT, ZoneOffset.UTC));
        JsonMapper json = JsonMapper.builder().build();
        List<PageScore> scores = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        for (Path html : pages) {
            String name = html.getFileName().toString().replaceFirst("\\.html$", "");
            Path expectedFile = html.resolveSibling(name + ".expected.json");
            if (!Files.exists(expectedFile)) {
                continue;
            }
            JsonNode expected = json.readTree(Files.readString(expectedFile));
            FetchedPage page = new FetchedPage(null, null, 200, "text/html", Files.readString(html), "inline", RECEIVED_AT);
            Optional<JobPosting> extracted = extractor.extract(page).filter(job -> job.title() != null && !job.title().isBlank());
            scores.add(PageScore.of(name, expected, extracted, taxonomy));
        }
        return new Report(scores);
    }

    record Report(List<PageScore> pages) {

        double overall() {
            double sum = 0;
            int count = 0;
            for (PageScore page : pages) {
                for (double value : page.fields().values()) {
                    sum += value;
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count;
        }

        long missed() {
            return pages.stream().filter(PageScore::missed).count();
        }

        long falseJobs() {
            return pages.stream().filter(PageScore::falseJob).count();
        }

        long jobPages() {
            return pages.stream().filter(PageScore::expectedJob).count();
        }

        void print(PrintStream out) {
            out.printf("%-44s %-5s %-5s", "page", "job", "got");
            PageScore.FIELDS.forEach(field -> out.printf(" %6.6s", field));
            out.println();
            for (PageScore page : pages) {
                out.printf("%-44.44s %-5s %-5s", page.page(), page.expectedJob() ? "yes" : "no", page.extractedJob() ? "yes" : "no");
                for (String field : PageScore.FIELDS) {
                    Double value = page.fields().get(field);
                    out.printf(" %6s", value == null ? "-" : String.format("%.2f", value));
                }
                out.println(page.falseJob() ? "  FALSE JOB" : page.missed() ? "  MISSED" : "");
            }
            out.println();
            out.println("per field accuracy:");
            for (String field : PageScore.FIELDS) {
                double sum = 0;
                int count = 0;
                for (PageScore page : pages) {
                    Double value = page.fields().get(field);
                    if (value != null) {
                        sum += value;
                        count++;
                    }
                }
                out.printf("  %-15s %6.1f%%  (%d pages)%n", field, count == 0 ? 0 : 100 * sum / count, count);
            }
            out.printf("overall accuracy: %.1f%%%n", overall() * 100);
            out.printf("job pages missed: %d of %d%n", missed(), jobPages());
            out.printf("false jobs: %d of %d non-job pages%n", falseJobs(), pages.size() - jobPages());
        }
    }
}
