package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.JobPosting;

class PostingFingerprintsTest {

    private final PostingFingerprints fingerprints = new PostingFingerprints(DedupProperties.defaults());

    @Test
    void contentHashIsSha256OfNormalizedTitleCompanyAndDescription() {
        PostingFingerprint fingerprint = fingerprints.of(posting("Senior Backend Engineer (Java)", "Northwind Labs GmbH",
                "Northwind Labs builds logistics software.\n\n- Own PostgreSQL schemas & Kafka topics!"));

        assertThat(fingerprint.contentHash()).isEqualTo(DigestUtils.sha256Hex(
                "senior backend engineer java\nnorthwind labs\n"
                        + "northwind labs builds logistics software own postgresql schemas kafka topics"));
        assertThat(fingerprint.contentHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(fingerprint.companyKey()).isEqualTo("northwind labs");
        assertThat(fingerprint.titleKey()).isEqualTo("senior backend engineer java");
    }

    @Test
    void markupSpacingCaseAndLegalFormDoNotChangeTheHash() {
        PostingFingerprint plain = fingerprints.of(posting("Senior Backend Engineer (Java)", "Northwind Labs",
                "Design and run services in Java 21. Own PostgreSQL schemas."));
        PostingFingerprint noisy = fingerprints.of(posting("senior backend engineer – java (m/w/d)", "NORTHWIND LABS, Inc.",
                "  Design and run services in Java 21 —\n\n  own PostgreSQL schemas  "));

        assertThat(noisy.contentHash()).isEqualTo(plain.contentHash());
        assertThat(noisy.simhash()).isEqualTo(plain.simhash());
        assertThat(noisy).isEqualTo(plain);
    }

    @Test
    void theSameTextAtAnotherCompanyHashesDifferently() {
        String text = "Design and run services in Java 21 and Spring Boot. Own PostgreSQL schemas.";
        PostingFingerprint northwind = fingerprints.of(posting("Backend Engineer", "Northwind Labs", text));
        PostingFingerprint acme = fingerprints.of(posting("Backend Engineer", "Acme Health", text));

        assertThat(acme.contentHash()).isNotEqualTo(northwind.contentHash());
        assertThat(acme.simhash()).isEqualTo(northwind.simhash());
    }

    @Test
    void aChangedWordChangesTheHash() {
        assertThat(fingerprints.of(posting("Backend Engineer", "Acme", "Own PostgreSQL schemas.")).contentHash())
                .isNotEqualTo(fingerprints.of(posting("Backend Engineer", "Acme", "Own MySQL schemas.")).contentHash());
    }

    @Test
    void missingCompanyAndDescriptionAreAllowed() {
        PostingFingerprint fingerprint = fingerprints.of(posting("Backend Engineer", null, null));
        assertThat(fingerprint.companyKey()).isNull();
        assertThat(fingerprint.contentHash()).isEqualTo(DigestUtils.sha256Hex("backend engineer\n\n"));
        assertThat(fingerprints.of(posting("Backend Engineer", "  ", null)).companyKey()).isNull();
    }

    @Test
    void markdownStandsInForAMissingPlainDescription() {
        JobPosting markdownOnly = new JobPosting("Backend Engineer", "Acme", null, null, null, null, null, null, null,
                null, null, null, "**Own** PostgreSQL schemas.\n\n* Run Kafka", List.of(), null);
        assertThat(fingerprints.of(markdownOnly).contentHash())
                .isEqualTo(fingerprints.of(posting("Backend Engineer", "Acme", "Own PostgreSQL schemas. Run Kafka")).contentHash());
    }

    @Test
    void aFingerprintNeedsAContentHash() {
        assertThatThrownBy(() -> new PostingFingerprint(" ", 1L, "acme", "engineer"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PostingFingerprint("ab", 1L, "", null)).isEqualTo(new PostingFingerprint("ab", 1L, null, ""));
    }

    static JobPosting posting(String title, String company, String description) {
        return new JobPosting(title, company, null, null, null, null, null, null, null, null, null, description, null,
                List.of(), null);
    }
}
