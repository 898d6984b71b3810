package com.careergpt.service.embeddings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.service.schema.SchemaVendor;

/**
 * bench/vector-search.sh: stores N random unit vectors (384 dimensions, as the bundled model makes) in the service's
 * SQLite schema, loads them into the search index as an instance does at start-up, then times exact top-20 searches
 * over all of them and over a filtered half. Goal: < 200 ms per search over 100k vectors.
 */
public final class VectorSearchBenchmark {

    private VectorSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int dimensions = 384;
        Path dir = Files.createTempDirectory("vector-bench-");
        SingleConnectionDataSource data = new SingleConnectionDataSource(
                "jdbc:sqlite:" + dir.resolve("bench.db") + "?journal_mode=WAL&synchronous=NORMAL", true);
        Flyway.configure().dataSource(data).locations(SchemaVendor.SQLITE.locations())
                .placeholders(SchemaVendor.SQLITE.placeholders()).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        VectorStore store = new VectorStore(jdbc, Clock.systemUTC());
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
        Random random = new Random(42);

        long started = System.nanoTime();
        for (int from = 0; from < count; from += 5_000) {
            int batchStart = from;
            transactions.executeWithoutResult(status -> {
                for (int i = batchStart; i < Math.min(count, batchStart + 5_000); i++) {
                    store.put(ItemKind.JOB, "job-" + i, "bench-model", randomUnit(random, dimensions), "h" + i);
                }
            });
        }
        System.out.printf("stored %d vectors in %.1f s%n", count, (System.nanoTime() - started) / 1e9);

        started = System.nanoTime();
        VectorIndex index = new VectorIndex(dimensions);
        store.forEachSince(ItemKind.JOB, "bench-model", 0, row -> index.put(row.itemId(), row.vector(), row.seq()));
        System.out.printf("loaded the index from SQLite in %d ms (%d vectors)%n",
                (System.nanoTime() - started) / 1_000_000, index.size());

        Set<String> half = new HashSet<>();
        for (int i = 0; i < count; i += 2) {
            half.add("job-" + i);
        }
        for (int warm = 0; warm < 10; warm++) {
            index.nearest(randomUnit(random, dimensions), 20, id -> true);
        }
        report("top-20 over all", time(queries, () -> index.nearest(randomUnit(random, dimensions), 20, id -> true)));
        report("top-20 over a filtered half",
                time(queries, () -> index.nearest(randomUnit(random, dimensions), 20, half::contains)));
        data.destroy();
    }

    private static double[] time(int queries, Runnable search) {
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long started = System.nanoTime();
            search.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, double[] millis) {
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d searches)%n", what,
                millis[millis.length / 2], millis[(int) (millis.length * 0.9)], millis[millis.length - 1], millis.length);
    }

    private static float[] randomUnit(Random random, int dimensions) {
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.unit(vector);
    }
}
