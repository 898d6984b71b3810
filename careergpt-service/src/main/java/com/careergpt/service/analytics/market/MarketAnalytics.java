package com.careergpt.service.analytics.market;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import com.careergpt.service.skills.Skill;
import com.careergpt.service.skills.SkillTaxonomy;

/**
 * Job-market statistics over the stored posts. Each instance holds the posts' market fields in memory
 * ({@link MarketPosts}, loaded on first use) and, before each report, catches up with the jobs written since its
 * last look, by this instance or another: every write of a job moves its {@code last_seen}. The text filter goes to
 * the database's full-text index; everything else is counted in memory. The service never deletes jobs; one
 * deleted by hand keeps counting until the instance restarts.
 */
@Service
@Validated
public class MarketAnalytics {

    /**
     * Jobs written this long before the newest change already read are read again, for a transaction that
     * committed after a later one (or on an instance whose clock is behind).
     */
    static final Duration CATCH_UP_OVERLAP = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(MarketAnalytics.class);

    private final MarketPostReader reader;
    private final JobTextSearch textSearch;
    private final SkillTaxonomy taxonomy;
    private final MarketAnalyticsProperties properties;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private MarketPosts posts;
    private Instant lastChange = Instant.EPOCH;

    MarketAnalytics(MarketPostReader reader, JobTextSearch textSearch, SkillTaxonomy taxonomy,
            MarketAnalyticsProperties properties) {
        this.reader = reader;
        this.textSearch = textSearch;
        this.taxonomy = taxonomy;
        this.properties = properties;
    }

    public MarketReport report(@Valid MarketFilter filter) {
        catchUp();
        String skill = filter.skill() == null ? null
                : taxonomy.lookup(filter.skill()).map(Skill::name).orElse(filter.skill());
        lock.readLock().lock();
        try {
            PostSelector selector = PostSelector.of(posts, filter, skill, textMatches(filter.words()));
            return new MarketReportBuilder(posts, selector, filter, properties.risingMinCount(),
                    properties.salaryMinPosts()).build();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The slots of the posts holding every word; null for no words. Called under the read lock. */
    private BitSet textMatches(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        BitSet slots = new BitSet(posts.size());
        textSearch.forEachMatch(words, jobId -> {
            int slot = posts.slotOf(jobId);
            if (slot != Codes.NONE) {
                slots.set(slot);
            }
        });
        return slots;
    }

    /** Loads the posts on first use, then reads the jobs written since the last look. */
    void catchUp() {
        lock.writeLock().lock();
        try {
            // Counted before reading: every job this counts is committed, so the read below must find it.
            long originals = reader.countOriginals();
            if (posts == null) {
                load();
            } else {
                reader.forEachSince(lastChange.minus(CATCH_UP_OVERLAP), this::put);
            }
            if (posts.countedPosts() < originals) {
                log.info("Market posts missed {} jobs written out of order; reading all jobs again",
                        originals - posts.countedPosts());
                load();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void load() {
        long started = System.nanoTime();
        posts = new MarketPosts();
        reader.forEach(this::put);
        log.info("Market posts loaded in {} ms ({} posts)", (System.nanoTime() - started) / 1_000_000,
                posts.countedPosts());
    }

    private void put(MarketPost post) {
        posts.put(post);
        if (post.lastSeen().isAfter(lastChange)) {
            lastChange = post.lastSeen();
        }
    }
}
