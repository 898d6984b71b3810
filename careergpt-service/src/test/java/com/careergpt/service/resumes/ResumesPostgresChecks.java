package com.careergpt.service.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.careergpt.common.web.PageParams;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.UserTier;
import com.careergpt.service.matching.MatchAnswer;
import com.careergpt.service.matching.MatchService;
import com.careergpt.service.results.ResultStore;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.jobs.JobFilter;
import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.JobStore;
import com.careergpt.service.scraping.jobs.RawContent;
import com.careergpt.service.search.JobSearchHit;
import com.careergpt.service.search.SemanticJobSearch;

/**
 * Resumes (BYTEA originals), embeddings, semantic search, matching and the results store on PostgreSQL (server
 * from the subclass): the same migrations and queries as on SQLite.
 * The service stops after the class (DirtiesContext) while the server still runs; the server stops at JVM exit.
 */
@DirtiesContext
@SpringBootTest
abstract class ResumesPostgresChecks {

    @Autowired
    JobStore jobs;

    @Autowired
    ResumeService resumes;

    @Autowired
    SemanticJobSearch search;

    @Autowired
    MatchService matching;

    @Autowired
    ResultStore results;

    @Autowired
    JobQueries queries;

    @Test
    void aResumeIsStoredSearchedAndMatchedOnPostgres() {
        String backend = store("Senior Java Backend Engineer", "Acme Payments",
                "Build payment services in Java and Spring Boot on PostgreSQL, with Kafka and Kubernetes.",
                List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Kubernetes"));
        store("Registered Nurse", "City Hospital", "Care for patients on the cardiology ward; night shifts.",
                List.of());

        byte[] pdf = ResumeFiles.pdf();
        ResumeView resume = resumes.upload("pg-owner", "jane.pdf", pdf);
        assertThat(resumes.original("pg-owner", resume.id()).content()).isEqualTo(pdf);
        assertThat(resume.skills()).contains("Java", "PostgreSQL");

        List<JobSearchHit> hits = search.search("java spring microservices developer",
                JobFilter.of(null, null, null, null, null, null, null, null, null, false), PageParams.first(10)).items();
        assertThat(hits).extracting(hit -> hit.job().id()).first().isEqualTo(backend);

        MatchAnswer match = matching.match(resume.id(), backend, new LlmCaller("pg-owner", UserTier.VERIFIED));
        assertThat(match.missingSkills()).contains("Kafka", "Kubernetes").doesNotContain("Java");
        assertThat(match.matchedSkills()).contains("Java", "Spring Boot", "PostgreSQL");

        assertThat(results.list("pg-owner", "match", PageParams.first(10)).items()).extracting(view -> view.id())
                .containsExactly(match.resultId());
        assertThat(results.list("someone-else", null, PageParams.first(10)).items()).isEmpty();
    }

    @Test
    void searchTextOfInvisibleCharactersFiltersByNothingOnPostgres() {
        store("Data Engineer", "Invisible Ink", "Pipelines in Python and SQL.", List.of("Python"));
        for (String text : List.of("\u00a0", "\u0000", "\u200b", "\ufeff", "\u0000\u200b")) {
            JobFilter filter = JobFilter.of(text, text, text, null, null, null, text, text, null, false);
            assertThat(queries.search(filter, PageParams.first(100)).page().items()).as(text).isNotEmpty();
        }
        assertThat(queries.search(JobFilter.of("\u0000Invisible\u00a0Ink\u200b", null, null, null, null, null, null,
                null, null, false), PageParams.first(10)).page().items()).extracting(view -> view.company()).containsExactly("Invisible Ink");
    }

    private String store(String title, String company, String description, List<String> skills) {
        JobPosting posting = new JobPosting(title, company, null, null, null, null, null, null, null, null, null,
                description, null, skills, new Provenance("test", "none", "none", Instant.now()));
        return jobs.store(posting, new RawContent("https://jobs.example/" + title.hashCode(), "text/plain",
                description, Instant.now()), "pg-owner", outcome -> { }).jobId();
    }
}
