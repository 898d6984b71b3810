package com.careergpt.service.scraping.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed samples describe jobs that also appear as pages: they must normalize to the same facts. */
class FeedParsersTest {

    static final Instant FETCHED_AT = Instant.parse("2026-11-20T10:00:00Z");
    final SkillTaxonomy taxonomy = SkillTaxonomy.bundled();

    @Test
    void greenhouseBoardJobsAreNormalized() {
        List<JobPosting> jobs = new GreenhouseFeedParser(taxonomy)
                .parse(Fixtures.read("feeds/greenhouse-board-jobs.json"), FETCHED_AT);

        assertThat(jobs).hasSize(2);
        JobPosting platform = jobs.get(0);
        assertThat(platform.title()).isEqualTo("Senior Java Platform Engineer");
        assertThat(platform.company()).isEqualTo("Larkspur Freight");
        assertThat(platform.location().city()).isEqualTo("Munich");
        assertThat(platform.location().country()).isEqualTo("DE");
        assertThat(platform.remote()).isEqualTo(RemoteMode.HYBRID);
        assertThat(platform.canonicalUrl()).isEqualTo("https://jobs.example-ats.com/larkspur/jobs/5120733");
        assertThat(platform.datePosted()).isEqualTo(LocalDate.of(2026, 10, 21));
        assertThat(platform.description()).doesNotContain("&lt;").doesNotContain("&#39;").contains("Spring Boot", "We're hybrid");
        assertThat(platform.salary().min()).isEqualByComparingTo(new BigDecimal("82000"));
        assertThat(platform.salary().max()).isEqualByComparingTo(new BigDecimal("104000"));
        assertThat(platform.salary().currency()).isEqualTo("EUR");
        assertThat(platform.skills()).contains("Java", "Spring Boot", "PostgreSQL", "RabbitMQ");
        assertThat(platform.provenance().extractor()).isEqualTo("greenhouse");
        assertThat(platform.provenance().fetcher()).isEqualTo("feed");

        JobPosting analytics = jobs.get(1);
        assertThat(analytics.title()).isEqualTo("Analytics Engineer");
        assertThat(analytics.datePosted()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(analytics.skills()).contains("dbt", "BigQuery", "Airflow", "Looker");
    }

    @Test
    void leverPostingsAreNormalizedAndTheCompanyIsFoundFromItsSlug() {
        List<JobPosting> jobs = new LeverFeedParser(taxonomy)
                .parse(Fixtures.read("feeds/lever-postings.json"), FETCHED_AT);

        assertThat(jobs).hasSize(1);
        JobPosting mobile = jobs.get(0);
        assertThat(mobile.title()).isEqualTo("Mobile Engineer");
        assertThat(mobile.company()).isEqualTo("Tidewater Learning");
        assertThat(mobile.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(mobile.location().country()).isEqualTo("US");
        assertThat(mobile.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(mobile.salary().min()).isEqualByComparingTo(new BigDecimal("110000"));
        assertThat(mobile.salary().max()).isEqualByComparingTo(new BigDecimal("135000"));
        assertThat(mobile.salary().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(mobile.datePosted()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(mobile.description()).contains("volunteer in a classroom");
        assertThat(mobile.skills()).contains("React Native", "TypeScript", "GraphQL", "REST");
    }

    @Test
    void theCompanyFallsBackToTheSlugWhenTheTextNeverSpellsIt() {
        assertThat(LeverFeedParser.company("tidewaterlearning", "We build reading apps.")).isEqualTo("tidewaterlearning");
        assertThat(LeverFeedParser.company("tidewaterlearning", "Join Tidewater Learning today")).isEqualTo("Tidewater Learning");
    }
}
