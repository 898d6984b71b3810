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
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every job-page fixture (the shared ones and this module's own) extracts to the fields of its
 * {@code .expected.json}, following the rules in ../shared/fixtures/jobs/README.md.
 */
class JobFixturesTest {

    static final Instant FETCHED_AT = Instant.parse("2026-11-20T10:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    final JobPageExtractor extractor = new JobPageExtractor(SkillTaxonomy.bundled(), Clock.fixed(FETCHED_AT, ZoneOffset.UTC));

    static Stream<Path> fixtures() throws IOException {
        return Stream.of(Path.of("../../shared/fixtures/jobs"), Path.of("src/test/resources/scraping/jobs"))
                .filter(Files::isDirectory)
                .flatMap(dir -> {
                    try {
                        return Files.list(dir).filter(file -> file.toString().endsWith(".html")).sorted().toList().stream();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatTheFixtureExpects(Path html) throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(Path.of(html.toString().replace(".html", ".expected.json"))));
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
