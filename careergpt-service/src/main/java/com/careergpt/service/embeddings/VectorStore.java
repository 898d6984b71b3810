package com.careergpt.service.embeddings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.careergpt.common.jdbc.TimeColumns;

/**
 * The {@code embeddings} table: one unit vector per item (a job or a resume) and model, with the hash of the text
 * it was made from. Rewriting a vector gives it a new {@code seq}, so readers can load what changed since a seq.
 */
@Repository
class VectorStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    VectorStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record StoredVector(long seq, String itemId, float[] vector) {
    }

    @Transactional
    public void put(ItemKind kind, String itemId, String model, float[] vector, String textHash) {
        jdbc.update("DELETE FROM embeddings WHERE item_kind = ? AND item_id = ? AND model = ?", kind.column(), itemId,
                model);
        jdbc.update("INSERT INTO embeddings (item_kind, item_id, model, dimensions, vector, text_hash, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", kind.column(), itemId, model, vector.length, Vectors.toBytes(vector),
                textHash, TimeColumns.bind(clock.instant()));
    }

    Optional<String> textHash(ItemKind kind, String itemId, String model) {
        List<String> hashes = jdbc.queryForList("SELECT text_hash FROM embeddings WHERE item_kind = ? AND item_id = ? "
                + "AND model = ?", String.class, kind.column(), itemId, model);
        return hashes.stream().findFirst();
    }

    Optional<float[]> vector(ItemKind kind, String itemId, String model) {
        return jdbc.query("SELECT vector FROM embeddings WHERE item_kind = ? AND item_id = ? AND model = ?",
                (row, n) -> Vectors.fromBytes(row.getBytes(1)), kind.column(), itemId, model).stream().findFirst();
    }

    Optional<Integer> dimensions(ItemKind kind, String model) {
        return jdbc.queryForList("SELECT dimensions FROM embeddings WHERE item_kind = ? AND model = ? LIMIT 1",
                Integer.class, kind.column(), model).stream().findFirst();
    }

    long count(ItemKind kind, String model) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM embeddings WHERE item_kind = ? AND model = ?", Long.class,
                kind.column(), model);
        return count == null ? 0 : count;
    }

    /** Streams the vectors written after {@code afterSeq}, oldest first. */
    void forEachSince(ItemKind kind, String model, long afterSeq, Consumer<StoredVector> consumer) {
        jdbc.query("SELECT seq, item_id, vector FROM embeddings WHERE item_kind = ? AND model = ? AND seq > ? "
                + "ORDER BY seq", row -> {
                    consumer.accept(new StoredVector(row.getLong(1), row.getString(2), Vectors.fromBytes(row.getBytes(3))));
                }, kind.column(), model, afterSeq);
    }

    /** Ids of stored jobs that have no vector of {@code model} yet, at most {@code limit}. */
    List<String> jobsWithoutVector(String model, int limit) {
        return jdbc.queryForList("SELECT j.id FROM jobs j WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE "
                + "e.item_kind = 'job' AND e.item_id = j.id AND e.model = ?) ORDER BY j.first_seen LIMIT ?",
                String.class, model, limit);
    }

    void delete(ItemKind kind, String itemId) {
        jdbc.update("DELETE FROM embeddings WHERE item_kind = ? AND item_id = ?", kind.column(), itemId);
    }
}
