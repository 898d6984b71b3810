package com.careergpt.service.scraping.feed;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.skills.SkillTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared feed samples describe jobs that also appear as pages: they must normalize to the same facts. */
class FeedParsersTest {

    static final Path FEEDS = Path.of("../../shared/fixtures/feeds");
    static final Instant FETCHED_AT = Instant.parse("2026-11-20T10:00:00Z");
    final SkillTaxonomy taxonomy = SkillTaxonomy.bundled();

    @Test
    void greenhouseBoardJobsAreNormalized() throws IOException {
        List<JobPosting> jobs = new GreenhouseFeedParser(taxonomy)
                .parse(Files.readString(FEEDS.resolve("greenhouse-board-jobs.json")), FETCHED_AT);

        assertThat(jobs).hasSize(2);
        JobPosting backend = jobs.get(0);
        assertThat(backend.title()).isEqualTo("Senior Backend Engineer (Java)");
        assertThat(backend.company()).isEqualTo("Northwind Labs");
        assertThat(backend.location().city()).isEqualTo("Berlin");
        assertThat(backend.location().country()).isEqualTo("DE");
        assertThat(backend.remote()).isEqualTo(RemoteMode.HYBRID);
        assertThat(backend.canonicalUrl()).isEqualTo("https://boards.example-ats.com/northwind/jobs/4012345");
        assertThat(backend.datePosted()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(backend.description()).doesNotContain("&lt;").contains("Spring Boot");
        assertThat(backend.skills()).contains("Java", "Spring Boot", "PostgreSQL", "Kafka");
        assertThat(backend.provenance().extractor()).isEqualTo("greenhouse");
        assertThat(backend.provenance().fetcher()).isEqualTo("feed");
    }

    @Test
    void leverPostingsAreNormalizedAndTheCompanyIsFoundFromItsSlug() throws IOException {
        List<JobPosting> jobs = new LeverFeedParser(taxonomy)
                .parse(Files.readString(FEEDS.resolve("lever-postings.json")), FETCHED_AT);

        JobPosting frontend = jobs.get(0);
        assertThat(frontend.title()).isEqualTo("Frontend Engineer");
        assertThat(frontend.company()).isEqualTo("Acme Health");
        assertThat(frontend.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(frontend.location().country()).isEqualTo("US");
        assertThat(frontend.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(frontend.salary().min()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(frontend.salary().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(frontend.datePosted()).isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(frontend.skills()).contains("React", "TypeScript", "GraphQL", "REST");
    }

    @Test
    void theCompanyFallsBackToTheSlugWhenTheTextNeverSpellsIt() {
        assertThat(LeverFeedParser.company("acmehealth", "We build apps.")).isEqualTo("acmehealth");
        assertThat(LeverFeedParser.company("acmehealth", "Join Acme Health today")).isEqualTo("Acme Health");
    }
}
