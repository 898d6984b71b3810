package com.careergpt.service.embeddings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.JobStoredEvent;
import com.careergpt.service.scraping.jobs.JobView;

/**
 * Job posts as vectors: embedded when stored (a failure is logged and left to the backfill, it never fails the
 * collection), kept in the database and mirrored in an in-memory index of the current model that catches up with
 * the table before each search, so vectors written by another instance are found too.
 */
@Service
public class JobVectors {

    private static final Logger log = LoggerFactory.getLogger(JobVectors.class);

    private final VectorStore store;
    private final TextEmbedder embedder;
    private final JobQueries jobs;
    private volatile VectorIndex index;

    JobVectors(VectorStore store, TextEmbedder embedder, JobQueries jobs) {
        this.store = store;
        this.embedder = embedder;
        this.jobs = jobs;
    }

    /** The model the vectors are made with. */
    public String model() {
        return embedder.model();
    }

    @EventListener
    void onJobStored(JobStoredEvent stored) {
        try {
            embed(List.of(stored.jobId()));
        } catch (RuntimeException failure) {
            log.warn("Could not embed job {} now; the backfill will retry: {}", stored.jobId(), failure.toString());
        }
    }

    /** Embeds the jobs whose text changed since their vector of the current model was made; returns how many. */
    public int embed(Collection<String> jobIds) {
        List<JobView> changed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JobView job : jobs.views(jobIds, true)) {
            String text = textOf(job);
            String hash = DigestUtils.sha256Hex(text);
            if (!store.textHash(ItemKind.JOB, job.id(), model()).map(hash::equals).orElse(false)) {
                changed.add(job);
                texts.add(text);
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        List<float[]> vectors = embedder.embed(texts);
        for (int i = 0; i < changed.size(); i++) {
            store.put(ItemKind.JOB, changed.get(i).id(), model(), vectors.get(i), DigestUtils.sha256Hex(texts.get(i)));
        }
        return changed.size();
    }

    /** The job's vector of the current model, made and stored now if missing or stale. */
    public float[] vectorOf(String jobId) {
        embed(List.of(jobId));
        return store.vector(ItemKind.JOB, jobId, model())
                .orElseThrow(() -> new IllegalStateException("No vector stored for job " + jobId));
    }

    /** Embeds up to {@code limit} stored jobs that have no vector of the current model; returns how many. */
    public int backfill(int limit) {
        List<String> missing = store.jobsWithoutVector(model(), limit);
        return missing.isEmpty() ? 0 : embed(missing);
    }

    /** The query text as a vector of the current model. */
    public float[] embedQuery(String text) {
        return embedder.embed(text);
    }

    /** The {@code k} jobs closest to {@code query} among those {@code allowed}, best first. */
    public List<Neighbor> nearest(float[] query, int k, Predicate<String> allowed) {
        return caughtUpIndex().nearest(query, k, allowed);
    }

    /** How many job vectors of the current model are searchable. */
    public int size() {
        return caughtUpIndex().size();
    }

    private synchronized VectorIndex caughtUpIndex() {
        VectorIndex current = index;
        if (current == null) {
            Optional<Integer> dimensions = store.dimensions(ItemKind.JOB, model());
            if (dimensions.isEmpty()) {
                return new VectorIndex(0);
            }
            current = new VectorIndex(dimensions.get());
        }
        VectorIndex target = current;
        store.forEachSince(ItemKind.JOB, model(), target.lastSeq(), row -> target.put(row.itemId(), row.vector(), row.seq()));
        if (store.count(ItemKind.JOB, model()) != target.size()) {
            // Another instance committed a lower seq after this one had read past it: read everything once more.
            VectorIndex reloaded = new VectorIndex(target.dimensions());
            store.forEachSince(ItemKind.JOB, model(), 0, row -> reloaded.put(row.itemId(), row.vector(), row.seq()));
            current = reloaded;
        }
        index = current;
        return current;
    }

    static String textOf(JobView job) {
        StringBuilder text = new StringBuilder();
        append(text, job.title());
        append(text, job.company());
        if (job.skills() != null && !job.skills().isEmpty()) {
            append(text, "Skills: " + String.join(", ", job.skills()));
        }
        append(text, job.description());
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(part.strip());
        }
    }
}
