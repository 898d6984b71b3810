package com.careergpt.service.embeddings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.service.schema.SchemaVendor;

/**
 * Semantic search core: N random unit vectors (384 dimensions, as the bundled model makes) stored in the service's
 * SQLite schema and loaded into the search index as an instance does at start-up; then exact top-20 searches over
 * all of them and over a filtered half, one search per measured iteration. Goal: < 200 ms per search over 100k
 * vectors. Run by bench/vector-search.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 50)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class VectorSearchBenchmark {

    private static final int DIMENSIONS = 384;

    @Param("100000")
    public int vectors;

    private final Random random = new Random(42);

    private Path dir;

    private SingleConnectionDataSource data;

    private VectorStore store;

    private VectorIndex index;

    private final Set<String> half = new HashSet<>();

    @Setup
    public void store() throws IOException {
        dir = Files.createTempDirectory("vector-bench-");
        data = new SingleConnectionDataSource(
                "jdbc:sqlite:" + dir.resolve("bench.db") + "?journal_mode=WAL&synchronous=NORMAL", true);
        Flyway.configure().dataSource(data).locations(SchemaVendor.SQLITE.locations())
                .placeholders(SchemaVendor.SQLITE.placeholders()).load().migrate();
        store = new VectorStore(new JdbcTemplate(data), Clock.systemUTC());
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
        for (int from = 0; from < vectors; from += 5_000) {
            int batchStart = from;
            transactions.executeWithoutResult(status -> {
                for (int i = batchStart; i < Math.min(vectors, batchStart + 5_000); i++) {
                    store.put(ItemKind.JOB, "job-" + i, "bench-model", randomUnit(), "h" + i);
                }
            });
        }
        index = loadIndex();
        for (int i = 0; i < vectors; i += 2) {
            half.add("job-" + i);
        }
    }

    @TearDown
    public void delete() throws IOException {
        data.destroy();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public List<?> topTwentyOverAll() {
        return index.nearest(randomUnit(), 20, id -> true);
    }

    @Benchmark
    public List<?> topTwentyOverFilteredHalf() {
        return index.nearest(randomUnit(), 20, half::contains);
    }

    /** What an instance does at start-up: every stored vector read from SQLite into the index. */
    @Benchmark
    public VectorIndex loadIndexFromSqlite() {
        return loadIndex();
    }

    private VectorIndex loadIndex() {
        VectorIndex loaded = new VectorIndex(DIMENSIONS);
        store.forEachSince(ItemKind.JOB, "bench-model", 0, row -> loaded.put(row.itemId(), row.vector(), row.seq()));
        return loaded;
    }

    private float[] randomUnit() {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.unit(vector);
    }
}
