package com.careergpt.service.scraping.collect;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.scraping.feed.GreenhouseFeedParser;
import com.careergpt.service.scraping.feed.LeverFeedParser;
import com.careergpt.service.scraping.fetch.FetchException;
import com.careergpt.service.scraping.fetch.FetchFailure;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.scraping.fetch.PageFetchers;
import com.careergpt.service.scraping.fetch.RenderMode;
import com.careergpt.service.scraping.jobs.JobStore;
import com.careergpt.service.scraping.jobs.RawContent;
import com.careergpt.service.scraping.jobs.StoreOutcome;

import tools.jackson.databind.json.JsonMapper;

/**
 * Works through a collection's pending sources one by one: fetch (static, browser, or static then browser when the
 * static page holds no job), extract, store. Each source's outcome is written in the same transaction as its job, so
 * a restart resumes exactly where it stopped; one source's failure never stops the rest.
 */
@Component
class CollectionRunner {

    private static final Logger log = LoggerFactory.getLogger(CollectionRunner.class);

    private final CollectionRepository collections;
    private final CollectionItemRepository items;
    private final CollectionEvents events;
    private final FeedSources feeds;
    private final PageFetchers fetchers;
    private final JobPageExtractor extractor;
    private final GreenhouseFeedParser greenhouse;
    private final LeverFeedParser lever;
    private final JobStore jobStore;
    private final MissingFieldsFiller filler;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final CollectionMeters meters;

    CollectionRunner(CollectionRepository collections, CollectionItemRepository items, CollectionEvents events,
            FeedSources feeds, PageFetchers fetchers, JobPageExtractor extractor, GreenhouseFeedParser greenhouse,
            LeverFeedParser lever, JobStore jobStore, MissingFieldsFiller filler, TransactionTemplate transactions,
            JsonMapper json, Clock clock, ApplicationEventPublisher publisher, CollectionMeters meters) {
        this.publisher = publisher;
        this.meters = meters;
        this.collections = collections;
        this.items = items;
        this.events = events;
        this.feeds = feeds;
        this.fetchers = fetchers;
        this.extractor = extractor;
        this.greenhouse = greenhouse;
        this.lever = lever;
        this.jobStore = jobStore;
        this.filler = filler;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs the pending sources, then announces the collection. A retried job finds the work already done and only
     * announces it if that had not happened (the previous attempt stopped in between).
     */
    void run(String collectionId) {
        JobCollection collection = transactions.execute(status -> {
            JobCollection found = collections.findById(collectionId).orElseThrow();
            if (!found.finished()) {
                found.start();
            }
            return found;
        });
        if (collection.finished()) {
            announce(collectionId);
            return;
        }
        publish(collectionId);
        List<CollectionItem> pending = pending(collectionId);
        while (!pending.isEmpty()) {
            for (CollectionItem item : pending) {
                process(collection, item);
                publish(collectionId);
            }
            pending = pending(collectionId);
        }
        Instant finishedAt = clock.instant();
        transactions.executeWithoutResult(status -> collections.findById(collectionId).orElseThrow().finish(finishedAt));
        publish(collectionId);
        announce(collectionId);
    }

    /**
     * Publishes {@link CollectionCompleted} unless it was, then records that it was. A stop between the two makes the
     * next attempt publish again, which its listeners must take as the same event (webhook deliveries do).
     */
    private void announce(String collectionId) {
        JobCollection collection = collections.findById(collectionId).orElseThrow();
        if (collection.announced()) {
            return;
        }
        CollectionCounts counts = CollectionCounts.of(items.findByCollectionIdOrderByPosition(collectionId));
        log.info("Collection {} finished: {} sources, {} stored, {} duplicate, {} unchanged, {} without a job, {} failed",
                collectionId, counts.total(), counts.stored(), counts.duplicate(), counts.unchanged(), counts.noJob(),
                counts.failed());
        publisher.publishEvent(new CollectionCompleted(collectionId, collection.userId(), collection.sourceId(), counts,
                collection.finishedAt()));
        transactions.executeWithoutResult(status -> collections.findById(collectionId).orElseThrow()
                .announce(clock.instant()));
    }

    private List<CollectionItem> pending(String collectionId) {
        return items.findByCollectionIdOrderByPosition(collectionId).stream().filter(CollectionItem::pending).toList();
    }

    private void process(JobCollection collection, CollectionItem item) {
        try {
            switch (item.inputKind()) {
                case URL -> collectUrl(collection, item);
                case HTML -> {
                    Instant now = clock.instant();
                    URI address = pageAddress(item.source());
                    FetchedPage page = new FetchedPage(address, address, 200, "text/html", item.inputBody(), "inline", now);
                    store(collection, item, extractor.extract(page), new RawContent(address == null ? null : address.toString(),
                            "text/html", item.inputBody(), now), CollectionMeters.Miss.NO_JOB_IN_HTML,
                            "No job posting found in the HTML.");
                }
                case TEXT -> {
                    Instant now = clock.instant();
                    URI address = pageAddress(item.source());
                    String url = address == null ? null : address.toString();
                    store(collection, item, extractor.extractFromText(item.inputBody(), url, now),
                            new RawContent(url, "text/plain", item.inputBody(), now), CollectionMeters.Miss.NO_JOB_IN_TEXT,
                            "No job posting found in the text.");
                }
                case POSTING -> {
                    JobPosting posting = json.readValue(item.inputBody(), JobPosting.class);
                    store(collection, item, Optional.of(posting), new RawContent(item.via(), "application/json",
                            item.inputBody(), posting.provenance() == null ? clock.instant() : posting.provenance().fetchedAt()),
                            CollectionMeters.Miss.FEED_ENTRY_UNTITLED, "The feed entry has no job title.");
                }
            }
        } catch (FetchException failure) {
            meters.failed(failure.failure());
            finish(collection, item, ItemOutcome.FAILED, null, null, failure.getMessage());
        } catch (RuntimeException unexpected) {
            log.error("Collecting {} of collection {} failed", item.source(), collection.id(), unexpected);
            meters.missed(CollectionMeters.Miss.INTERNAL_ERROR);
            finish(collection, item, ItemOutcome.FAILED, null, null,
                    "Internal error while collecting this source (" + unexpected.getClass().getSimpleName() + ").");
        }
    }

    /** The address pasted input came with (its item's source), or null for "html" / "text". */
    private static URI pageAddress(String source) {
        if (source == null || !source.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        try {
            return URI.create(source);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private void collectUrl(JobCollection collection, CollectionItem item) throws FetchException {
        URI url = parseUrl(item.source());
        Optional<FeedSources.FeedUrl> feed = feeds.recognise(url);
        if (feed.isPresent()) {
            expandFeed(collection, item, feed.get());
            return;
        }
        RenderMode mode = collection.renderMode();
        FetchedPage page = fetchers.fetch(url, mode == RenderMode.BROWSER ? RenderMode.BROWSER : RenderMode.STATIC);
        Optional<JobPosting> posting = extractor.extract(page).filter(CollectionRunner::hasTitle);
        String noJob = "No job posting found on the page.";
        CollectionMeters.Miss miss = CollectionMeters.Miss.NO_JOB_ON_PAGE;
        if (posting.isEmpty() && mode == RenderMode.AUTO) {
            try {
                page = fetchers.fetch(url, RenderMode.BROWSER);
                posting = extractor.extract(page);
            } catch (FetchException browserFailure) {
                if (browserFailure.failure() != FetchFailure.BROWSER_UNAVAILABLE) {
                    throw browserFailure;
                }
                noJob = "No job posting found on the static page, and no browser is available to render its JavaScript.";
                miss = CollectionMeters.Miss.NO_BROWSER;
            }
        }
        store(collection, item, posting, new RawContent(page.finalUrl() == null ? url.toString() : page.finalUrl().toString(),
                page.contentType(), page.body(), page.fetchedAt()), miss, noJob);
    }

    private void expandFeed(JobCollection collection, CollectionItem item, FeedSources.FeedUrl feed) throws FetchException {
        FetchedPage page = fetchers.fetchJson(feed.url());
        List<JobPosting> listed = switch (feed.board()) {
            case GREENHOUSE -> greenhouse.parse(page.body(), page.fetchedAt());
            case LEVER -> lever.parse(page.body(), page.fetchedAt());
        };
        List<JobPosting> postings = listed.stream().filter(posting -> matches(posting, collection.query())).toList();
        if (postings.isEmpty()) {
            meters.missed(listed.isEmpty() ? CollectionMeters.Miss.FEED_EMPTY : CollectionMeters.Miss.FEED_NO_MATCH);
            finish(collection, item, ItemOutcome.NO_JOB, null, null, listed.isEmpty() ? "The job-board feed lists no jobs."
                    : "No job of the feed matches the search '" + collection.query() + "'.");
            return;
        }
        String feedUrl = feed.url().toString();
        transactions.executeWithoutResult(status -> {
            JobCollection stored = collections.findById(collection.id()).orElseThrow();
            int next = stored.total();
            for (int i = 0; i < postings.size(); i++) {
                JobPosting posting = postings.get(i);
                String source = posting.provenance() != null && posting.provenance().source() != null
                        ? posting.provenance().source() : feedUrl + "#" + i;
                String body = json.writeValueAsString(posting);
                if (i == 0) {
                    items.findById(new CollectionItemId(item.collectionId(), item.position())).orElseThrow()
                            .becomePosting(source, body, feedUrl);
                } else {
                    items.save(new CollectionItem(collection.id(), next++, source, InputKind.POSTING, body, feedUrl));
                }
            }
            stored.grow(postings.size() - 1);
        });
    }

    private void store(JobCollection collection, CollectionItem item, Optional<JobPosting> posting, RawContent raw,
            CollectionMeters.Miss miss, String noJobReason) {
        if (posting.isEmpty() || !hasTitle(posting.get())) {
            meters.missed(miss);
            finish(collection, item, ItemOutcome.NO_JOB, null, null, noJobReason);
            return;
        }
        jobStore.store(filler.fill(posting.get()), raw, collection.userId(),
                outcome -> record(collection, item, outcome(outcome), outcome.jobId(), outcome.duplicateOf(), null));
    }

    private static ItemOutcome outcome(StoreOutcome outcome) {
        return switch (outcome.kind()) {
            case STORED -> ItemOutcome.STORED;
            case UNCHANGED -> ItemOutcome.UNCHANGED;
            case DUPLICATE -> ItemOutcome.DUPLICATE;
        };
    }

    private void finish(JobCollection collection, CollectionItem item, ItemOutcome outcome, String jobId,
            String duplicateOf, String reason) {
        transactions.executeWithoutResult(status -> record(collection, item, outcome, jobId, duplicateOf, reason));
    }

    /** Runs inside the caller's transaction. */
    private void record(JobCollection collection, CollectionItem item, ItemOutcome outcome, String jobId,
            String duplicateOf, String reason) {
        items.findById(new CollectionItemId(item.collectionId(), item.position())).orElseThrow()
                .finish(outcome, jobId, duplicateOf, reason);
        collections.findById(collection.id()).orElseThrow().itemFinished();
    }

    private void publish(String collectionId) {
        collections.findById(collectionId).ifPresent(collection ->
                events.publish(CollectionView.of(collection, items.findByCollectionIdOrderByPosition(collectionId))));
    }

    /** A saved search keeps the feed postings whose title, company or description hold every word of its query. */
    private static boolean matches(JobPosting posting, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = String.join(" ", posting.title() == null ? "" : posting.title(),
                posting.company() == null ? "" : posting.company(),
                posting.description() == null ? "" : posting.description()).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .allMatch(text::contains);
    }

    private static boolean hasTitle(JobPosting posting) {
        return posting.title() != null && !posting.title().isBlank();
    }

    private static URI parseUrl(String value) throws FetchException {
        try {
            URI url = new URI(value);
            if (url.getScheme() == null || url.getHost() == null) {
                throw new FetchException(FetchFailure.INVALID_URL,
                        "Malformed URL '" + value + "': it needs a scheme and a host, like https://example.com/jobs/1.");
            }
            return url;
        } catch (URISyntaxException malformed) {
            throw new FetchException(FetchFailure.INVALID_URL, "Malformed URL '" + value + "': " + malformed.getReason() + ".");
        }
    }
}
