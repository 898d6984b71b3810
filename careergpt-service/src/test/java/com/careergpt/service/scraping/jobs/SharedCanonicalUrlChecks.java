package com.careergpt.service.scraping.jobs;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.scraping.fetch.FetchedPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canonical URL never makes two postings one job; content decides. Postings of one site that all carry the same
 * {@code rel=canonical} of a job-looking path (an ASP.NET detail page, say) are separate jobs, while the same
 * posting collected again is still one job and an edited one is updated in place. The database comes from the
 * subclass (SQLite, PostgreSQL), since the rule relies on the schema letting two jobs share a canonical URL.
 */
@DirtiesContext
@SpringBootTest
abstract class SharedCanonicalUrlChecks {

    static final String CANONICAL = "https://careers.harbour.example/jobs/JobDetails.aspx";

    static final String PAGE = """
            <html><head><title>%1$s</title><link rel="canonical" href="%2$s"></head><body><main>
            <h1>%1$s</h1>
            <dl><dt>Company</dt><dd>%3$s</dd><dt>Location</dt><dd>Rotterdam, Netherlands</dd>
            <dt>Contract</dt><dd>Full-time</dd><dt>Salary</dt><dd>%4$s</dd></dl>
            <p>%5$s</p>
            <p>Apply now with your CV and a short letter.</p>
            </main></body></html>""";

    static final String PLANNER = "You plan the berths, cranes and trucks of our container terminal for the coming "
            + "week, agree slots with shipping lines and rework the plan when a vessel is late. Requirements: SAP, "
            + "Excel and three years of port or warehouse planning.";

    static final String ANALYST = "You keep our customs declarations data clean, build the monthly duty reports "
            + "and automate checks on tariff codes with the brokers' team. Requirements: SQL, Power BI and Python.";

    @Autowired
    JobStore store;

    @Autowired
    JobQueries queries;

    @Autowired
    JobPageExtractor extractor;

    private JobPosting posting(String id, String title, String company, String salary, String text) {
        String html = PAGE.formatted(title, CANONICAL, company, salary, text);
        URI address = URI.create("https://careers.harbour.example/jobs/JobDetails.aspx?id=" + id);
        JobPosting posting = extractor.extract(new FetchedPage(address, address, 200, "text/html", html, "static",
                Instant.now())).orElseThrow();
        assertThat(posting.canonicalUrl()).as("the shared canonical URL is kept").isEqualTo(CANONICAL);
        return posting;
    }

    private StoreOutcome store(JobPosting posting) {
        return store(posting, "canonical-user");
    }

    private StoreOutcome store(JobPosting posting, String userId) {
        return store.store(posting, new RawContent(posting.provenance().source(), "text/html", "<html/>", Instant.now()),
                userId, outcome -> { });
    }

    @Test
    void aPagePastedByAnotherUserUnderAStoredJobsCanonicalUrlNeverRewritesThatJob() {
        StoreOutcome original = store(posting("606", "Crane Maintenance Lead", "Harbour Cranes",
                "EUR 60,000 - 66,000 per year", PLANNER.replace("container terminal", "crane park")));
        String html = PAGE.formatted("Crane Maintenance Lead", CANONICAL, "Harbour Cranes",
                "EUR 20,000 - 22,000 per year", PLANNER.replace("container terminal", "crane park")
                        + " Apply at https://evil.example/apply.");
        URI pasted = URI.create(CANONICAL);
        JobPosting forged = extractor.extract(new FetchedPage(pasted, pasted, 200, "text/html", html, "inline",
                Instant.now())).orElseThrow();

        StoreOutcome attempt = store(forged, "someone-else");

        assertThat(attempt.jobId()).isNotEqualTo(original.jobId());
        assertThat(queries.get(original.jobId()).salary().min().intValue()).isEqualTo(60000);
        assertThat(queries.get(original.jobId()).description()).doesNotContain("evil.example");
    }

    @Test
    void twoDifferentPostingsSharingACanonicalUrlAreTwoJobsAndTheFirstKeepsItsTitle() {
        StoreOutcome planner = store(posting("101", "Port Logistics Planner", "Harbour Freight Systems",
                "EUR 48,000 - 56,000 per year", PLANNER));
        StoreOutcome analyst = store(posting("202", "Customs Data Analyst", "Harbour Freight Systems",
                "EUR 52,000 - 60,000 per year", ANALYST));

        assertThat(planner.kind()).isEqualTo(StoreOutcome.Kind.STORED);
        assertThat(analyst.kind()).isEqualTo(StoreOutcome.Kind.STORED);
        assertThat(analyst.jobId()).isNotEqualTo(planner.jobId());
        assertThat(analyst.duplicateOf()).isNull();
        assertThat(queries.get(planner.jobId()).title()).isEqualTo("Port Logistics Planner");
        assertThat(queries.get(analyst.jobId()).title()).isEqualTo("Customs Data Analyst");
        assertThat(queries.get(analyst.jobId()).canonicalUrl()).isEqualTo(CANONICAL);
    }

    @Test
    void twoOpeningsWithOneTitleButDifferentTextsUnderOneCanonicalUrlAreTwoJobs() {
        StoreOutcome first = store(posting("303", "Operations Coordinator", "Harbour Ferries",
                "EUR 40,000 - 45,000 per year", PLANNER));
        StoreOutcome second = store(posting("404", "Operations Coordinator", "Harbour Ferries",
                "EUR 40,000 - 45,000 per year", ANALYST));

        assertThat(second.jobId()).isNotEqualTo(first.jobId());
        assertThat(second.kind()).isEqualTo(StoreOutcome.Kind.STORED);
    }

    @Test
    void theSamePostingCollectedTwiceIsOneJobAndAnEditedOneIsUpdatedInPlace() {
        JobPosting posting = posting("505", "Terminal Shift Supervisor", "Harbour Terminals",
                "EUR 50,000 - 58,000 per year", PLANNER.replace("container terminal", "bulk terminal"));
        StoreOutcome first = store(posting);
        StoreOutcome again = store(posting("505", "Terminal Shift Supervisor", "Harbour Terminals",
                "EUR 50,000 - 58,000 per year", PLANNER.replace("container terminal", "bulk terminal")));
        StoreOutcome edited = store(posting("505", "Terminal Shift Supervisor", "Harbour Terminals",
                "EUR 54,000 - 62,000 per year", PLANNER.replace("container terminal", "bulk terminal")
                        + " Night shifts are paid extra."));

        assertThat(again.kind()).isEqualTo(StoreOutcome.Kind.UNCHANGED);
        assertThat(again.jobId()).isEqualTo(first.jobId());
        assertThat(edited.kind()).isEqualTo(StoreOutcome.Kind.STORED);
        assertThat(edited.jobId()).isEqualTo(first.jobId());
        assertThat(queries.get(first.jobId()).salary().min().intValue()).isEqualTo(54000);
    }
}
