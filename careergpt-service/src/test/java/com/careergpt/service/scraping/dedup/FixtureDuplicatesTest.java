package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.dedup.FixturePostings.Text;
import com.careergpt.service.scraping.dedup.NearDuplicateIndex.Kind;
import com.careergpt.service.scraping.dedup.NearDuplicateIndex.Match;

/** De-duplication on the job-page fixtures and on edits of the JSON-LD posting. */
class FixtureDuplicatesTest {

    private static final String ORIGINAL = "ats-jsonld-backend";
    private static final String COPY = "syndicated-copy-of-ats-jsonld-backend";

    private final PostingFingerprints fingerprints = new PostingFingerprints(DedupProperties.defaults());
    private final NearDuplicateIndex index = fingerprints.newIndex();

    @ParameterizedTest
    @EnumSource(Text.class)
    void theAggregatorCopyIsANearDuplicateOfTheOriginalPosting(Text text) {
        index.add(ORIGINAL, fingerprints.of(FixturePostings.posting(ORIGINAL, text)));

        Optional<Match> match = index.findDuplicate(fingerprints.of(FixturePostings.posting(COPY, text)));

        assertThat(match).map(Match::id).contains(ORIGINAL);
        assertThat(match).map(Match::kind).contains(Kind.NEAR);
    }

    @ParameterizedTest
    @EnumSource(Text.class)
    void noOtherFixtureIsADuplicateOfAnother(Text text) {
        List<String> names = FixturePostings.names();
        assertThat(names).hasSizeGreaterThanOrEqualTo(11).contains(ORIGINAL, COPY);
        for (String name : names) {
            PostingFingerprint fingerprint = fingerprints.of(FixturePostings.posting(name, text));
            Optional<Match> match = index.findDuplicate(fingerprint);
            if (name.equals(COPY)) {
                assertThat(match).as(name).map(Match::id).contains(ORIGINAL);
            } else {
                assertThat(match).as(name).isEmpty();
            }
            index.add(name, fingerprint);
        }
    }

    @Test
    void theSamePostingUnderAnotherSpellingOfTheCompanyIsAnExactDuplicate() {
        JobPosting original = FixturePostings.posting(ORIGINAL, Text.CONTENT);
        index.add(ORIGINAL, fingerprints.of(original));

        for (String company : List.of("Larkspur Freight GmbH", "larkspur freight, inc.", "LARKSPUR FREIGHT LTD.")) {
            assertThat(index.findDuplicate(fingerprints.of(withCompany(original, company))))
                    .as(company).contains(new Match(ORIGINAL, Kind.EXACT, 0));
        }
    }

    /**
     * The same text at another company is another job: neither the content hash (it covers the company) nor the near
     * check (it needs the same company) links them.
     */
    @Test
    void theSameTextAtAnotherCompanyIsNoDuplicate() {
        JobPosting original = FixturePostings.posting(ORIGINAL, Text.CONTENT);
        index.add(ORIGINAL, fingerprints.of(original));

        assertThat(index.findDuplicate(fingerprints.of(withCompany(original, "Larkspur Logistics")))).isEmpty();
        assertThat(index.findDuplicate(fingerprints.of(withCompany(original, null)))).isEmpty();
    }

    @Test
    void smallEditsStayWithinTheThreshold() {
        JobPosting original = FixturePostings.posting(ORIGINAL, Text.CONTENT);
        String description = original.description();
        index.add(ORIGINAL, fingerprints.of(original));

        List<String> edits = List.of(
                description.replace("Salary:", "Our platform group sits in Munich and Innsbruck.\nSalary:"),
                description.replace("Build and operate Java 17 services on Spring Boot", "TEMP")
                        .replace("Run them on Kubernetes with Helm charts on Azure", "Build and operate Java 17 services on Spring Boot")
                        .replace("TEMP", "Run them on Kubernetes with Helm charts on Azure"),
                description.replace("Apply now", "Apply via LinkedIn: linkedin.example/jobs/5120733?utm_source=feed"),
                description.replace("900 grocers", "1,100 grocers"),
                description.replace("Fluent SQL", "Solid SQL").replace("before the fix", "before each fix"));
        for (String edited : edits) {
            assertThat(index.findDuplicate(fingerprints.of(withDescription(original, edited))))
                    .as(edited).map(Match::kind).contains(Kind.NEAR);
        }
    }

    @Test
    void anotherJobAtTheSameCompanyIsNoDuplicateDespiteSharedBoilerplate() {
        String about = "Northwind Labs builds logistics software used by 4,000 warehouses in 12 countries. "
                + "We are 300 people in Berlin and Leeds.\n";
        String benefits = "\nWhat we offer\n30 days of paid holiday\nA learning budget of 1,500 euros\n"
                + "Hybrid work from our Berlin office\nNorthwind Labs is an equal opportunity employer.";
        JobPosting backend = PostingFingerprintsTest.posting("Backend Engineer", "Northwind Labs", about
                + "What you'll do\nDesign and run services in Java 21 and Spring Boot\nOwn PostgreSQL schemas and Kafka topics\n"
                + "Deploy with Kubernetes and Terraform on AWS" + benefits);
        JobPosting frontend = PostingFingerprintsTest.posting("Frontend Engineer", "Northwind Labs GmbH", about
                + "What you'll do\nBuild our warehouse dashboard in React and TypeScript\nOwn the design system with our designers\n"
                + "Make every page fast on old warehouse tablets" + benefits);
        JobPosting frontendWithBackendText = withDescription(frontend, backend.description());
        index.add("backend", fingerprints.of(backend));

        assertThat(index.findDuplicate(fingerprints.of(frontend))).isEmpty();
        assertThat(index.findDuplicate(fingerprints.of(frontendWithBackendText)))
                .as("an unlike title keeps even an identical description apart").isEmpty();
    }

    private static JobPosting withCompany(JobPosting posting, String company) {
        return PostingFingerprintsTest.posting(posting.title(), company, posting.description());
    }

    private static JobPosting withDescription(JobPosting posting, String description) {
        return PostingFingerprintsTest.posting(posting.title(), posting.company(), description);
    }
}
