package com.careergpt.service.embeddings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The sentence-embedding model shipped inside the jar (all-MiniLM-L6-v2, quantized, ONNX; 384 dimensions), behind
 * Spring AI's {@link EmbeddingModel}. Fully offline. Loaded on first use (about a second), then thread-safe.
 * <p>
 * ONNX Runtime's inference needs more native stack than a JVM thread gets by default (1 MB): on such a thread it
 * crashes the whole process. So every inference runs on this class's own threads, created with a 16 MB stack.
 * {@link #loadInBackground()} loads it, and runs it once, on one of them while the caller goes on.
 */
public class BundledEmbeddingModel implements EmbeddingModel, AutoCloseable {

    public static final String MODEL_NAME = "all-minilm-l6-v2-q";
    public static final int DIMENSIONS = 384;
    static final long INFERENCE_STACK_BYTES = 16L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(BundledEmbeddingModel.class);

    private final ExecutorService callers = Executors.newFixedThreadPool(2, threads("embedding-call"));
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), threads("embedding-worker"));
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    /**
     * Loads the model and embeds one sentence on an inference thread, so that the first call finds both done (or
     * waits for the load under way). A failure is logged only: the first call loads the model again.
     */
    public void loadInBackground() {
        callers.execute(() -> {
            long started = System.nanoTime();
            try {
                model().embed(TextSegment.from("Loading the embedding model."));
                log.info("Loaded the embedding model {} in {} ms", MODEL_NAME,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            } catch (RuntimeException | LinkageError failure) {
                log.warn("Could not load the embedding model {} in the background; the first call will: {}",
                        MODEL_NAME, failure.toString());
            }
        });
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        List<TextSegment> segments = request.getInstructions().stream()
                .map(text -> TextSegment.from(text == null || text.isBlank() ? " " : text)).toList();
        List<dev.langchain4j.data.embedding.Embedding> vectors = onInferenceThread(() -> model().embedAll(segments).content());
        List<Embedding> embeddings = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            embeddings.add(new Embedding(vectors.get(i).vector(), i));
        }
        return new EmbeddingResponse(embeddings);
    }

    @Override
    public float[] embed(Document document) {
        return embed(document.getText());
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /** Cosine similarity of two vectors of the same model. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private <T> T onInferenceThread(Callable<T> work) {
        try {
            return callers.submit(work).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Embedding failed", failed.getCause());
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, name + "-" + count.incrementAndGet(), INFERENCE_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Whether the model is in memory (it loads on first use). */
    public boolean loaded() {
        return model != null;
    }

    @Override
    public void close() {
        callers.shutdownNow();
        workers.shutdownNow();
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
