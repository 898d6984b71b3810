package com.careergpt.service.scraping.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every job-page fixture ({@code src/test/resources/fixtures/jobs}) extracts to the fields of its {@code .expected.json},
 * following the rules in {@code src/test/resources/fixtures/README.md}. An optional evaluation runs the same check on a folder of further
 * pages named by the system property {@value #EXTRA_FIXTURES} (docs/evaluations.md); without it, it is skipped.
 */
class JobFixturesTest {

    static final String EXTRA_FIXTURES = "careergpt.fixtures.jobs";
    static final Instant FETCHED_AT = Instant.parse("2026-11-20T10:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    final JobPageExtractor extractor = new JobPageExtractor(SkillTaxonomy.bundled(), Clock.fixed(FETCHED_AT, ZoneOffset.UTC));

    static List<Path> fixtures() {
        return Fixtures.jobPages();
    }

    @TestFactory
    @EnabledIfSystemProperty(named = EXTRA_FIXTURES, matches = ".+")
    Stream<DynamicTest> extractsWhatFurtherFixturesExpectWhenAFolderIsGiven() throws IOException {
        Path dir = Path.of(System.getProperty(EXTRA_FIXTURES));
        assumeTrue(Files.isDirectory(dir), dir + " is not a folder");
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> Files.isRegularFile(Fixtures.expectationsOf(file))).sorted().toList();
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(),
                () -> extractsWhatTheFixtureExpects(page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatTheFixtureExpects(Path html) throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(Fixtures.expectationsOf(html)));
        FetchedPage page = new FetchedPage(URI.create("https://fixtures.example/" + html.getFileName()),
                URI.create("https://fixtures.example/" + html.getFileName()), 200, "text/html",
                Files.readString(html), "static", FETCHED_AT);

        Optional<JobPosting> extracted = extractor.extract(page);

        if (expected.path("noJob").asBoolean(false) || expected.path("requiresBrowser").asBoolean(false)) {
            assertThat(extracted).as("a static fetch of this page finds no job").isEmpty();
            return;
        }
        assertThat(extracted).isPresent();
        JobPosting job = extracted.get();
        JsonNode actual = JSON.valueToTree(job);
        for (String field : new String[] {"title", "company", "employmentType", "seniority", "remote", "datePosted", "canonicalUrl"}) {
            if (expected.has(field)) {
                assertThat(actual.path(field).asString(null)).as(field).isEqualTo(expected.path(field).asString());
            }
        }
        if (expected.has("datePostedRelativeDays")) {
            LocalDate posted = LocalDate.ofInstant(FETCHED_AT, ZoneOffset.UTC).minusDays(expected.path("datePostedRelativeDays").asInt());
            assertThat(job.datePosted()).isEqualTo(posted);
        }
        expected.path("location").properties().forEach(entry ->
                assertThat(actual.path("location").path(entry.getKey()).asString(null)).as("location." + entry.getKey())
                        .isEqualTo(entry.getValue().asString()));
        expected.path("salary").properties().forEach(entry -> {
            JsonNode value = actual.path("salary").path(entry.getKey());
            if (entry.getValue().isNumber()) {
                assertThat(value.isMissingNode() ? null : new BigDecimal(value.asString())).as("salary." + entry.getKey())
                        .isEqualByComparingTo(entry.getValue().decimalValue());
            } else {
                assertThat(value.asString(null)).as("salary." + entry.getKey()).isEqualTo(entry.getValue().asString());
            }
        });
        if (expected.path("salary").isObject() && !expected.path("salary").has("min")) {
            assertThat(job.salary().min()).as("only an upper bound is given").isNull();
        }
        expected.path("skills").forEach(skill -> assertThat(job.skills()).contains(skill.asString()));
    }
}
