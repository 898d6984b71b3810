package com.careergpt.service.scraping.dedup;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;

import com.careergpt.service.scraping.JobPosting;

/**
 * Makes the fingerprint of a posting and empty near-duplicate indexes with the configured thresholds.
 * <p>
 * The content hash covers title, company and description only, all normalized, so a re-collected page whose
 * markup, spacing, punctuation or tracking links changed keeps its hash. The company is part of it on purpose:
 * the same text posted by two different companies is two jobs (an agency reposting a client's ad keeps the
 * client's name, and a shared template at two companies is not one opening). Location, salary and dates are left
 * out: the same opening is often posted for several cities, and those postings are linked as one job.
 */
public class PostingFingerprints {

    private final DedupProperties settings;

    public PostingFingerprints(DedupProperties settings) {
        this.settings = settings;
    }

    public PostingFingerprint of(JobPosting posting) {
        String titleKey = JobTitles.key(posting.title());
        String companyKey = CompanyNames.normalize(posting.company());
        List<String> sentences = TextKeys.sentences(posting.description() != null ? posting.description()
                : posting.descriptionMarkdown());
        String contentHash = DigestUtils.sha256Hex(titleKey + '\n' + companyKey + '\n' + String.join(" ", sentences));
        List<String[]> words = new ArrayList<>(sentences.size() + 1);
        words.add(TextKeys.words(titleKey));
        sentences.forEach(sentence -> words.add(TextKeys.words(sentence)));
        return new PostingFingerprint(contentHash, SimilarityHash.of(words), companyKey, titleKey);
    }

    public NearDuplicateIndex newIndex() {
        return new NearDuplicateIndex(settings);
    }
}
