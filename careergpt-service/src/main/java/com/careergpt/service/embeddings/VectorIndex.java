package com.careergpt.service.embeddings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * Unit vectors of one model held in one contiguous array and searched exhaustively: an exact top-k by dot product
 * (= cosine). 100k vectors of 384 dimensions take 150 MB and one scan; see bench/vector-search.sh for the timing.
 */
final class VectorIndex {

    private final int dimensions;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> slots = new HashMap<>();
    private float[] data;
    private String[] ids;
    private int size;
    private long lastSeq;

    VectorIndex(int dimensions) {
        this.dimensions = dimensions;
        this.data = new float[dimensions * 1024];
        this.ids = new String[1024];
    }

    int dimensions() {
        return dimensions;
    }

    /** Adds a vector, or replaces the vector of an id already held. */
    void put(String id, float[] vector, long seq) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("Vector of " + vector.length + " dimensions in an index of " + dimensions);
        }
        lock.writeLock().lock();
        try {
            Integer slot = slots.get(id);
            if (slot == null) {
                slot = size++;
                if (size > ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                    data = Arrays.copyOf(data, ids.length * dimensions);
                }
                ids[slot] = id;
                slots.put(id, slot);
            }
            System.arraycopy(vector, 0, data, slot * dimensions, dimensions);
            lastSeq = Math.max(lastSeq, seq);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    long lastSeq() {
        lock.readLock().lock();
        try {
            return lastSeq;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The {@code k} held vectors most similar to {@code query} among those {@code allowed}, best first. */
    List<Neighbor> nearest(float[] query, int k, Predicate<String> allowed) {
        if (size() == 0) {
            return List.of();
        }
        if (query.length != dimensions) {
            throw new IllegalArgumentException("Query of " + query.length + " dimensions in an index of " + dimensions);
        }
        PriorityQueue<Neighbor> best = new PriorityQueue<>(Comparator.comparingDouble(Neighbor::similarity));
        lock.readLock().lock();
        try {
            for (int slot = 0; slot < size; slot++) {
                double similarity = dot(query, slot * dimensions);
                if (best.size() == k && similarity <= best.peek().similarity()) {
                    continue;
                }
                if (!allowed.test(ids[slot])) {
                    continue;
                }
                best.add(new Neighbor(ids[slot], similarity));
                if (best.size() > k) {
                    best.poll();
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        List<Neighbor> ordered = new ArrayList<>(best);
        ordered.sort(Comparator.comparingDouble(Neighbor::similarity).reversed().thenComparing(Neighbor::id));
        return ordered;
    }

    private double dot(float[] query, int offset) {
        float sum = 0;
        for (int i = 0; i < dimensions; i++) {
            sum += query[i] * data[offset + i];
        }
        return sum;
    }
}
