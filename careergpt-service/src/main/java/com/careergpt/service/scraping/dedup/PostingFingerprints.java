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

    /**
     * Whether a posting found under a stored job's canonical URL is that job again, edited, rather than another
     * posting the site gave the same canonical URL (a shared {@code og:url}, a form page's address): their companies
     * agree (or one names none), their titles are alike and their texts are at most twice the near-duplicate
     * distance apart, since an edit may rewrite a paragraph. Content decides, not the address.
     */
    public boolean sameOpening(PostingFingerprint stored, PostingFingerprint incoming) {
        boolean companiesAgree = stored.companyKey() == null || incoming.companyKey() == null
                || stored.companyKey().equals(incoming.companyKey());
        return companiesAgree && JobTitles.similarity(stored.titleKey(), incoming.titleKey()) >= settings.minTitleSimilarity()
                && SimilarityHash.distance(stored.simhash(), incoming.simhash()) <= 2 * settings.maxDistance();
    }

    public NearDuplicateIndex newIndex() {
        return new NearDuplicateIndex(settings);
    }
}
