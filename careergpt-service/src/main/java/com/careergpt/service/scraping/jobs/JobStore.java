package com.careergpt.service.scraping.jobs;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.dedup.NearDuplicateIndex;
import com.careergpt.service.scraping.dedup.PostingFingerprint;
import com.careergpt.service.scraping.dedup.PostingFingerprints;

import tools.jackson.databind.json.JsonMapper;

/**
 * The write side of the job store. Decides, one store at a time across all instances sharing the database (the
 * {@code store_sequences} row is locked until commit, so two collections can't both store the same job as new),
 * whether a posting is unchanged (same canonical URL and content), changed (same URL, the same opening edited:
 * updated in place), a duplicate of a stored job (kept, linked to the original) or new; then writes the job, its
 * raw page and whatever the caller records about it in one transaction. A canonical URL alone never merges two
 * postings: a different posting under a stored job's URL is a job of its own (content decides). Each store takes the next number of that row; before
 * deciding, the in-memory near-duplicate index catches up with the jobs other instances stored since it last looked,
 * and it learns this instance's own job after its transaction committed.
 */
@Service
public class JobStore {

    private static final Logger log = LoggerFactory.getLogger(JobStore.class);
    /** Fetchers that read a page from its own address (not {@code inline}: pasted by a user). */
    private static final Set<String> FETCHED = Set.of("static", "browser", "feed");

    private final JobRepository jobs;
    private final RawPageRepository rawPages;
    private final TransactionTemplate transactions;
    private final PostingFingerprints fingerprints;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final ReentrantLock lock = new ReentrantLock();
    private NearDuplicateIndex index;
    /** Every job stored up to this number is in {@link #index}; guarded by {@link #lock}. */
    private long indexedUpTo;

    JobStore(JobRepository jobs, RawPageRepository rawPages, TransactionTemplate transactions, JdbcTemplate jdbc,
            PostingFingerprints fingerprints, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.rawPages = rawPages;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.fingerprints = fingerprints;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores a posting and, in the same transaction, lets the caller record the outcome (a collection item), so
     * either both are written or neither.
     */
    public StoreOutcome store(JobPosting posting, RawContent raw, String userId, Consumer<StoreOutcome> recordInSameTransaction) {
        PostingFingerprint fingerprint = fingerprints.of(posting);
        JobRecord record = JobRecord.of(posting, fingerprint, json);
        StoreOutcome outcome;
        lock.lock();
        try {
            long[] sequence = new long[1];
            outcome = transactions.execute(status -> {
                sequence[0] = nextSequence();
                NearDuplicateIndex current = caughtUpIndex(sequence[0] - 1);
                StoreOutcome decided = write(record, fingerprint, raw, userId, current, sequence[0]);
                recordInSameTransaction.accept(decided);
                return decided;
            });
            if (outcome.kind() != StoreOutcome.Kind.UNCHANGED) {
                index.add(outcome.jobId(), fingerprint);
            }
            indexedUpTo = sequence[0];
        } finally {
            lock.unlock();
        }
        if (outcome.kind() != StoreOutcome.Kind.UNCHANGED) {
            events.publishEvent(new JobStoredEvent(outcome.jobId()));
        }
        return outcome;
    }

    /**
     * Whether this posting may replace the stored job's content in place: when the same user collected both, or when
     * it was fetched from the canonical URL's own site. A page pasted (or fetched elsewhere) by someone else naming
     * that URL never rewrites another user's job; it is stored as a job of its own (and linked if it is a duplicate).
     */
    private static boolean mayEdit(StoredJob job, JobRecord record, String userId) {
        return Objects.equals(job.collectedBy(), userId) || fetchedFromItsOwnSite(record);
    }

    private static boolean fetchedFromItsOwnSite(JobRecord record) {
        Provenance provenance = record.provenance();
        if (!FETCHED.contains(provenance.fetcher()) || provenance.source() == null) {
            return false;
        }
        try {
            String source = URI.create(provenance.source()).getHost();
            return source != null && source.equalsIgnoreCase(URI.create(record.canonicalUrl()).getHost());
        }
        catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private StoreOutcome write(JobRecord record, PostingFingerprint fingerprint, RawContent raw, String userId,
            NearDuplicateIndex current, long sequence) {
        Instant now = clock.instant();
        List<StoredJob> sameUrl = record.canonicalUrl() == null ? List.of()
                : jobs.findByCanonicalUrlOrderByFirstSeen(record.canonicalUrl());
        for (StoredJob job : sameUrl) {
            if (job.contentHash().equals(record.contentHash())) {
                job.seenAgain(now);
                return new StoreOutcome(StoreOutcome.Kind.UNCHANGED, job.id(), job.duplicateOf());
            }
        }
        Optional<StoredJob> edited = sameUrl.stream()
                .filter(job -> mayEdit(job, record, userId))
                .filter(job -> fingerprints.sameOpening(fingerprintOf(job), fingerprint)).findFirst();
        if (edited.isPresent()) {
            StoredJob job = edited.get();
            job.apply(record, now);
            job.storedAs(sequence);
            rawPages.findById(job.id()).ifPresentOrElse(page -> page.replace(raw),
                    () -> rawPages.save(new RawPage(job.id(), raw)));
            return new StoreOutcome(StoreOutcome.Kind.STORED, job.id(), job.duplicateOf());
        }
        StoredJob job = new StoredJob(UUID.randomUUID().toString(), now, userId);
        job.apply(record, now);
        job.storedAs(sequence);
        Optional<NearDuplicateIndex.Match> match = current.findDuplicate(fingerprint);
        match.ifPresent(found -> job.markDuplicateOf(originalOf(found.id()), found.kind().name().toLowerCase()));
        jobs.save(job);
        rawPages.save(new RawPage(job.id(), raw));
        return match.isPresent()
                ? new StoreOutcome(StoreOutcome.Kind.DUPLICATE, job.id(), job.duplicateOf())
                : new StoreOutcome(StoreOutcome.Kind.STORED, job.id(), null);
    }

    private static PostingFingerprint fingerprintOf(StoredJob job) {
        return new PostingFingerprint(job.contentHash(), job.simhash(), job.companyKey(), job.titleKey());
    }

    /** Duplicates always point at the cluster's original, never at another duplicate. */
    private String originalOf(String id) {
        return jobs.findById(id).map(found -> found.duplicateOf() == null ? found.id() : found.duplicateOf()).orElse(id);
    }

    /**
     * Takes the next store number. The row stays locked until this transaction ends: every store numbered before
     * it has committed, and every later one waits.
     */
    private long nextSequence() {
        jdbc.update("UPDATE store_sequences SET value = value + 1 WHERE name = 'jobs'");
        return jdbc.queryForObject("SELECT value FROM store_sequences WHERE name = 'jobs'", Long.class);
    }

    /** The index with every job stored up to {@code committedUpTo}, by any instance (loaded whole the first time). */
    private NearDuplicateIndex caughtUpIndex(long committedUpTo) {
        if (index == null) {
            long started = System.nanoTime();
            NearDuplicateIndex loaded = fingerprints.newIndex();
            addAll(loaded, jobs.findAllFingerprints());
            log.info("De-duplication index loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            index = loaded;
        } else if (indexedUpTo < committedUpTo) {
            // Jobs another instance stored (a changed job's new fingerprint replaces its old one).
            addAll(index, jobs.findFingerprintsStoredAfter(indexedUpTo));
        }
        indexedUpTo = committedUpTo;
        return index;
    }

    private static void addAll(NearDuplicateIndex target, Iterable<FingerprintRow> rows) {
        for (FingerprintRow row : rows) {
            target.add(row.id(), new PostingFingerprint(row.contentHash(), row.simhash(), row.companyKey(), row.titleKey()));
        }
    }
}
