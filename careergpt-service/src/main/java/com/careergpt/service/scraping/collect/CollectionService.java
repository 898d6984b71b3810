package com.careergpt.service.scraping.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.ConcurrentJobModificationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.scraping.fetch.RenderMode;
import com.careergpt.service.security.Caller;

/**
 * Accepts collection requests (validated, stored with every source before anything runs, so nothing is lost if the
 * service stops), enqueues them as JobRunr jobs ({@link CollectionJobs}, job id = collection id), and answers status,
 * progress streams and waits.
 */
@Service
public class CollectionService {

    private static final long WAIT_POLL_MILLIS = 100;

    private final CollectionRepository collections;
    private final CollectionItemRepository items;
    private final CollectionEvents events;
    private final CollectionProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JobScheduler jobs;

    CollectionService(CollectionRepository collections, CollectionItemRepository items, CollectionEvents events,
            CollectionProperties properties, TransactionTemplate transactions, Clock clock, JobScheduler jobs) {
        this.collections = collections;
        this.items = items;
        this.events = events;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.jobs = jobs;
    }

    public CollectionView submit(CollectRequest request, Caller caller) {
        RenderMode render = renderMode(request.render());
        List<Source> sources = sources(request);
        String id = create(caller.userId(), render, sources, null, null);
        start(id);
        return view(id);
    }

    /** Stores a collection of URLs for a saved source's run, without starting it. */
    String createForSource(String userId, String sourceId, List<String> urls, String query) {
        return create(userId, RenderMode.AUTO, urls.stream().map(url -> urlSource(url, "urls")).toList(), sourceId, query);
    }

    private String create(String userId, RenderMode render, List<Source> sources, String sourceId, String query) {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            collections.save(new Collection(id, userId, render, sources.size(), clock.instant(), sourceId, query));
            for (int position = 0; position < sources.size(); position++) {
                Source source = sources.get(position);
                items.save(new CollectionItem(id, position, source.label(), source.kind(), source.body(), null));
            }
        });
        return id;
    }

    /**
     * Enqueues a stored collection's job; also used at start-up for collections whose job may never have been
     * enqueued (the service stopped between storing and enqueueing). Must not run inside a transaction: JobRunr takes
     * its own connection, and the SQLite pool has one.
     */
    void start(String id) {
        try {
            jobs.<CollectionJobs>enqueue(UUID.fromString(id), job -> job.run(id));
        } catch (ConcurrentJobModificationException alreadyEnqueued) {
            // The job exists: JobRunr runs it, or retries it if the instance running it died.
        }
    }

    /**
     * Waits up to the configured time for the collection to finish, then answers its state either way. Polls the
     * row: the job may run on another instance.
     */
    CollectionView await(String id) {
        return await(id, progress -> { });
    }

    /** {@link #await(String)}, telling {@code progress} the collection's state each time another source is done. */
    public CollectionView await(String id, Consumer<CollectionView> progress) {
        Instant deadline = clock.instant().plus(properties.waitTimeout());
        int done = -1;
        while (clock.instant().isBefore(deadline)) {
            Collection collection = collections.findById(id).orElse(null);
            if (collection == null || collection.finished()) {
                break;
            }
            if (collection.done() != done) {
                done = collection.done();
                progress.accept(view(id));
            }
            try {
                Thread.sleep(WAIT_POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return view(id);
    }

    public CollectionView get(String id, Caller caller) {
        Collection collection = owned(id, caller);
        return CollectionView.of(collection, items.findByCollectionIdOrderByPosition(collection.id()));
    }

    CollectionPage recent(Caller caller, int page, int size) {
        Page<Collection> found = collections.findByUserId(caller.userId(),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return new CollectionPage(found.getContent().stream()
                .map(collection -> new CollectionView(collection.id(), collection.status().json(), collection.done(),
                        collection.total(), collection.renderMode().json(), collection.createdAt(),
                        collection.finishedAt(), null))
                .toList(), page, size, found.getTotalElements(), found.getTotalPages());
    }

    SseEmitter stream(String id, Caller caller) {
        CollectionView before = get(id, caller);
        SseEmitter emitter = events.subscribe(before);
        CollectionView after = view(id);
        if (after.finished() && !before.finished()) {
            events.publish(after);
        }
        return emitter;
    }

    private CollectionView view(String id) {
        Collection collection = collections.findById(id).orElseThrow(() -> notFound(id));
        return CollectionView.of(collection, items.findByCollectionIdOrderByPosition(id));
    }

    private Collection owned(String id, Caller caller) {
        Collection collection = collections.findById(id).orElseThrow(() -> notFound(id));
        if (!collection.userId().equals(caller.userId()) && !caller.isAdmin()) {
            throw notFound(id);
        }
        return collection;
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.COLLECTION_NOT_FOUND, "No collection with id " + id + " belongs to you.").with("field", "id");
    }

    private record Source(String label, InputKind kind, String body) {
    }

    private List<Source> sources(CollectRequest request) {
        boolean pasted = request.html() != null || request.text() != null;
        int given = (request.url() != null && !pasted ? 1 : 0) + (request.urls() != null ? 1 : 0)
                + (request.html() != null ? 1 : 0) + (request.text() != null ? 1 : 0);
        if (given != 1) {
            throw invalid("url", "Give exactly one of url, urls, html or text (html and text may come with the url they were copied from).");
        }
        if (request.url() != null && !pasted) {
            return List.of(urlSource(request.url(), "url"));
        }
        if (request.urls() != null) {
            if (request.urls().isEmpty()) {
                throw invalid("urls", "urls must not be empty.");
            }
            if (request.urls().size() > properties.maxUrls()) {
                throw invalid("urls", "At most " + properties.maxUrls() + " URLs per collection.");
            }
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < request.urls().size(); i++) {
                sources.add(urlSource(request.urls().get(i), "urls[" + i + "]"));
            }
            return sources;
        }
        String pageUrl = request.url() == null ? null : pageAddress(request.url());
        if (request.html() != null) {
            return List.of(new Source(pageUrl != null ? pageUrl : "html", InputKind.HTML, inline(request.html(), "html")));
        }
        return List.of(new Source(pageUrl != null ? pageUrl : "text", InputKind.TEXT, inline(request.text(), "text")));
    }

    /** The address pasted HTML or text was copied from: kept as its source, never fetched. */
    private static String pageAddress(String url) {
        String trimmed = url.trim();
        if (trimmed.length() > 2048 || !trimmed.matches("(?i)https?://[^\\s/]+.*")) {
            throw invalid("url", "url must be the absolute http(s) address the html or text was copied from.");
        }
        return trimmed;
    }

    /** A malformed URL is not refused here: it becomes that source's failure, and the rest of the batch goes on. */
    private static Source urlSource(String url, String field) {
        if (url == null || url.isBlank()) {
            throw invalid(field, field + " must not be blank.");
        }
        if (url.length() > 2048) {
            throw invalid(field, field + " is longer than 2048 characters.");
        }
        return new Source(url.trim(), InputKind.URL, null);
    }

    private String inline(String body, String field) {
        if (body.isBlank()) {
            throw invalid(field, field + " must not be blank.");
        }
        if (body.length() > properties.maxInlineChars()) {
            throw invalid(field, field + " is longer than " + properties.maxInlineChars() + " characters.");
        }
        return body;
    }

    private static RenderMode renderMode(String value) {
        if (value == null || value.isBlank()) {
            return RenderMode.AUTO;
        }
        try {
            return RenderMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid("render", "render must be one of auto, static, browser.");
        }
    }

    private static ProblemException invalid(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_COLLECT_REQUEST, detail).with("field", field);
    }
}
