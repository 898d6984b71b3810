package com.careergpt.service.scraping.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.ConcurrentJobModificationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
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
@Validated
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

    /** Starts a collection of a request {@link CollectRequest}'s constraints accept (REST and MCP alike). */
    public CollectionView submit(@Valid CollectRequest request, Caller caller) {
        RenderMode render = renderMode(request.render());
        List<Source> sources = sources(request);
        String id = create(caller.userId(), render, sources, null, null);
        start(id);
        return view(id);
    }

    /** Stores a collection of URLs for a saved source's run, without starting it. */
    String createForSource(String userId, String sourceId, List<String> urls, String query) {
        return create(userId, RenderMode.AUTO, urls.stream().map(CollectionService::urlSource).toList(), sourceId, query);
    }

    private String create(String userId, RenderMode render, List<Source> sources, String sourceId, String query) {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            collections.save(new JobCollection(id, userId, render, sources.size(), clock.instant(), sourceId, query));
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
            JobCollection collection = collections.findById(id).orElse(null);
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
        JobCollection collection = owned(id, caller);
        return CollectionView.of(collection, items.findByCollectionIdOrderByPosition(collection.id()));
    }

    ItemPage<CollectionView> recent(Caller caller, @Valid PageParams paging) {
        Page<JobCollection> found = collections.findByUserId(caller.userId(),
                PageRequest.of(paging.page(), paging.size(),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return new ItemPage<>(found.getContent().stream()
                .map(collection -> new CollectionView(collection.id(), collection.status().json(), collection.done(),
                        collection.total(), collection.renderMode().json(), collection.createdAt(),
                        collection.finishedAt(), null))
                .toList(), paging.page(), paging.size(), found.getTotalElements(), found.getTotalPages());
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
        JobCollection collection = collections.findById(id).orElseThrow(() -> notFound(id));
        return CollectionView.of(collection, items.findByCollectionIdOrderByPosition(id));
    }

    private JobCollection owned(String id, Caller caller) {
        JobCollection collection = collections.findById(id).orElseThrow(() -> notFound(id));
        if (!collection.userId().equals(caller.userId()) && !caller.isAdmin()) {
            throw notFound(id);
        }
        return collection;
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.COLLECTION_NOT_FOUND, "No collection with id " + id + " belongs to you.")
                .with("field", "id");
    }

    private record Source(String label, InputKind kind, String body) {
    }

    /** The sources of a request {@link OneCollectSource} has checked. */
    private static List<Source> sources(CollectRequest request) {
        if (request.urls() != null) {
            return request.urls().stream().map(CollectionService::urlSource).toList();
        }
        if (!request.pasted()) {
            return List.of(urlSource(request.url()));
        }
        String pageUrl = request.url() == null ? null : request.url().trim();
        if (request.html() != null) {
            return List.of(new Source(pageUrl != null ? pageUrl : "html", InputKind.HTML, request.html()));
        }
        return List.of(new Source(pageUrl != null ? pageUrl : "text", InputKind.TEXT, request.text()));
    }

    /** A malformed URL is not refused here: it becomes that source's failure, and the rest of the batch goes on. */
    private static Source urlSource(String url) {
        return new Source(url.trim(), InputKind.URL, null);
    }

    private static RenderMode renderMode(String value) {
        return value == null || value.isBlank() ? RenderMode.AUTO
                : RenderMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
