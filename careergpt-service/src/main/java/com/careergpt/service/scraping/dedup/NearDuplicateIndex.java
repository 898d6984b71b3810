package com.careergpt.service.scraping.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * In-memory index of stored postings' fingerprints that answers "is this posting one we already have?".
 * <p>
 * An equal content hash is an {@link Kind#EXACT exact} duplicate. Otherwise a {@link Kind#NEAR near} duplicate needs
 * the same company key (two postings that name no company count as the same), similarity hashes at most
 * {@code maxDistance} bits apart and titles at least {@code minTitleSimilarity} alike. Among several candidates the
 * closest wins, then the one added first, so a duplicate points at the original rather than at another copy.
 * <p>
 * Lookups don't scan: the 64 hash bits are cut into {@code maxDistance + 1} bands, and two hashes at most
 * {@code maxDistance} bits apart agree on at least one whole band (pigeonhole). Each band has a hash table keyed by
 * (company key, band bits); a lookup only checks the entries chained in its {@code maxDistance + 1} slots. Heads and
 * chains are int arrays rather than lists of boxed ids: about 13 MB for 100k entries at the default threshold.
 * <p>
 * Adding an id again replaces its fingerprint (a page whose content changed). Thread-safe: lookups share a read
 * lock, additions take the write lock.
 */
public final class NearDuplicateIndex {

    public enum Kind { EXACT, NEAR }

    /** The stored posting a new one duplicates, how, and how many similarity-hash bits apart they are. */
    public record Match(String id, Kind kind, int distance) {
    }

    /** A stored posting's id and fingerprint, as reloaded from storage. */
    public record Entry(String id, PostingFingerprint fingerprint) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    private static final int NONE = -1;
    private static final int MIN_SLOT_BITS = 10;
    private static final int INITIAL_CAPACITY = 64;

    private final int maxDistance;
    private final double minTitleSimilarity;
    private final int bands;
    private final int[] bandShift;
    private final long[] bandMask;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private String[] ids = new String[INITIAL_CAPACITY];
    private PostingFingerprint[] fingerprints = new PostingFingerprint[INITIAL_CAPACITY];
    private long[] simhashes = new long[INITIAL_CAPACITY];
    private boolean[] replaced = new boolean[INITIAL_CAPACITY];
    private int[] exactNext = new int[INITIAL_CAPACITY];
    private int[] bandNext;
    private int[][] bandHeads;
    private int slotBits = MIN_SLOT_BITS;
    private int used;
    private int replacedCount;
    private final Map<String, Integer> ordinalById = new HashMap<>();
    private final Map<String, Integer> exactHeads = new HashMap<>();

    public NearDuplicateIndex(DedupProperties settings) {
        this.maxDistance = settings.maxDistance();
        this.minTitleSimilarity = settings.minTitleSimilarity();
        this.bands = maxDistance + 1;
        this.bandShift = new int[bands];
        this.bandMask = new long[bands];
        int offset = 0;
        for (int band = 0; band < bands; band++) {
            int width = Long.SIZE / bands + (band < Long.SIZE % bands ? 1 : 0);
            bandShift[band] = offset;
            bandMask[band] = width == Long.SIZE ? -1L : (1L << width) - 1;
            offset += width;
        }
        this.bandNext = new int[INITIAL_CAPACITY * bands];
        this.bandHeads = emptyHeads();
    }

    /** An index holding the given entries, e.g. the fingerprints reloaded from storage at start-up. */
    public static NearDuplicateIndex of(DedupProperties settings, Stream<Entry> entries) {
        NearDuplicateIndex index = new NearDuplicateIndex(settings);
        index.addAll(entries);
        return index;
    }

    public void add(String id, PostingFingerprint fingerprint) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        lock.writeLock().lock();
        try {
            insert(id, fingerprint);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void addAll(Stream<Entry> entries) {
        lock.writeLock().lock();
        try {
            entries.forEach(entry -> insert(entry.id(), entry.fingerprint()));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The stored posting this one duplicates, if any: an exact match first, else the nearest near match. */
    public Optional<Match> findDuplicate(PostingFingerprint fingerprint) {
        lock.readLock().lock();
        try {
            int exact = earliestExact(fingerprint.contentHash());
            if (exact != NONE) {
                int distance = SimilarityHash.distance(simhashes[exact], fingerprint.simhash());
                return Optional.of(new Match(ids[exact], Kind.EXACT, distance));
            }
            return nearest(fingerprint);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many ids the index holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return ordinalById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private int earliestExact(String contentHash) {
        int earliest = NONE;
        Integer head = exactHeads.get(contentHash);
        for (int ordinal = head == null ? NONE : head; ordinal != NONE; ordinal = exactNext[ordinal]) {
            if (!replaced[ordinal]) {
                earliest = ordinal;
            }
        }
        return earliest;
    }

    private Optional<Match> nearest(PostingFingerprint fingerprint) {
        long simhash = fingerprint.simhash();
        int companyHash = companyHash(fingerprint.companyKey());
        int best = NONE;
        int bestDistance = maxDistance + 1;
        for (int band = 0; band < bands; band++) {
            int slot = slot(band, simhash, companyHash);
            for (int ordinal = bandHeads[band][slot]; ordinal != NONE; ordinal = bandNext[ordinal * bands + band]) {
                int distance = SimilarityHash.distance(simhash, simhashes[ordinal]);
                boolean closer = distance < bestDistance || (distance == bestDistance && ordinal < best);
                if (closer && !replaced[ordinal] && sameJob(fingerprint, fingerprints[ordinal])) {
                    best = ordinal;
                    bestDistance = distance;
                }
            }
        }
        return best == NONE ? Optional.empty() : Optional.of(new Match(ids[best], Kind.NEAR, bestDistance));
    }

    private boolean sameJob(PostingFingerprint fingerprint, PostingFingerprint stored) {
        return Objects.equals(fingerprint.companyKey(), stored.companyKey())
                && JobTitles.similarity(fingerprint.titleKey(), stored.titleKey()) >= minTitleSimilarity;
    }

    private void insert(String id, PostingFingerprint fingerprint) {
        Integer previous = ordinalById.get(id);
        if (previous != null) {
            if (fingerprints[previous].equals(fingerprint)) {
                return;
            }
            replaced[previous] = true;
            replacedCount++;
        }
        makeRoom();
        int ordinal = used++;
        ids[ordinal] = id;
        fingerprints[ordinal] = fingerprint;
        simhashes[ordinal] = fingerprint.simhash();
        link(ordinal);
        ordinalById.put(id, ordinal);
    }

    private void makeRoom() {
        if (used == ids.length && replacedCount > used / 4) {
            dropReplaced();
        }
        if (used == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            fingerprints = Arrays.copyOf(fingerprints, capacity);
            simhashes = Arrays.copyOf(simhashes, capacity);
            replaced = Arrays.copyOf(replaced, capacity);
            exactNext = Arrays.copyOf(exactNext, capacity);
            bandNext = Arrays.copyOf(bandNext, capacity * bands);
        }
        if (used + 1 > (1 << slotBits) / 2) {
            slotBits++;
            relinkAll();
        }
    }

    /** Compacts the arrays, leaving out fingerprints that a later add of the same id replaced. */
    private void dropReplaced() {
        int kept = 0;
        for (int ordinal = 0; ordinal < used; ordinal++) {
            if (!replaced[ordinal]) {
                ids[kept] = ids[ordinal];
                fingerprints[kept] = fingerprints[ordinal];
                simhashes[kept] = simhashes[ordinal];
                replaced[kept] = false;
                ordinalById.put(ids[kept], kept);
                kept++;
            }
        }
        Arrays.fill(ids, kept, used, null);
        Arrays.fill(fingerprints, kept, used, null);
        Arrays.fill(replaced, kept, used, false);
        used = kept;
        replacedCount = 0;
        relinkAll();
    }

    private void relinkAll() {
        bandHeads = emptyHeads();
        exactHeads.clear();
        for (int ordinal = 0; ordinal < used; ordinal++) {
            link(ordinal);
        }
    }

    private void link(int ordinal) {
        Integer exactHead = exactHeads.put(fingerprints[ordinal].contentHash(), ordinal);
        exactNext[ordinal] = exactHead == null ? NONE : exactHead;
        int companyHash = companyHash(fingerprints[ordinal].companyKey());
        for (int band = 0; band < bands; band++) {
            int slot = slot(band, simhashes[ordinal], companyHash);
            bandNext[ordinal * bands + band] = bandHeads[band][slot];
            bandHeads[band][slot] = ordinal;
        }
    }

    private int[][] emptyHeads() {
        int[][] heads = new int[bands][1 << slotBits];
        for (int[] band : heads) {
            Arrays.fill(band, NONE);
        }
        return heads;
    }

    private int slot(int band, long simhash, int companyHash) {
        long bits = (simhash >>> bandShift[band]) & bandMask[band];
        long key = bits * 0x9E3779B97F4A7C15L ^ ((long) companyHash << 32 | band);
        return (int) (SimilarityHash.mix(key) >>> (Long.SIZE - slotBits));
    }

    private static int companyHash(String companyKey) {
        return companyKey == null ? 0 : companyKey.hashCode();
    }
}
