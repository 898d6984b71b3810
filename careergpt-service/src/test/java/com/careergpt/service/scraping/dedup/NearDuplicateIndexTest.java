package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.dedup.NearDuplicateIndex.Entry;
import com.careergpt.service.scraping.dedup.NearDuplicateIndex.Kind;
import com.careergpt.service.scraping.dedup.NearDuplicateIndex.Match;

class NearDuplicateIndexTest {

    private static final DedupProperties SETTINGS = DedupProperties.defaults();
    private static final int K = SETTINGS.maxDistance();
    private static final long BASE = 0x9E3779B97F4A7C15L;

    private final NearDuplicateIndex index = new NearDuplicateIndex(SETTINGS);

    @Test
    void anEqualContentHashIsAnExactDuplicate() {
        index.add("a", fingerprint("hash-1", BASE, "acme", "backend engineer"));

        assertThat(index.findDuplicate(fingerprint("hash-1", BASE, "acme", "backend engineer")))
                .contains(new Match("a", Kind.EXACT, 0));
    }

    @Test
    void withinTheThresholdAtTheSameCompanyWithALikeTitleIsANearDuplicate() {
        index.add("a", fingerprint("hash-1", BASE, "acme", "senior backend engineer java"));

        assertThat(index.findDuplicate(fingerprint("hash-2", flipSpread(BASE, K), "acme", "backend engineer java")))
                .contains(new Match("a", Kind.NEAR, K));
        assertThat(index.findDuplicate(fingerprint("hash-2", flipSpread(BASE, K + 1), "acme", "backend engineer java")))
                .isEmpty();
    }

    @Test
    void anyKFlippedBitsAreFoundWhereverTheyFall() {
        index.add("a", fingerprint("hash-1", BASE, "acme", "backend engineer"));
        Random random = new Random(11);
        for (int trial = 0; trial < 2_000; trial++) {
            long query = BASE;
            while (Long.bitCount(query ^ BASE) < K) {
                query ^= 1L << random.nextInt(Long.SIZE);
            }
            assertThat(index.findDuplicate(fingerprint("other", query, "acme", "backend engineer")))
                    .contains(new Match("a", Kind.NEAR, K));
        }
    }

    @Test
    void anotherCompanyOrAnUnlikeTitleIsNoNearDuplicate() {
        index.add("a", fingerprint("hash-1", BASE, "acme", "backend engineer"));

        assertThat(index.findDuplicate(fingerprint("hash-2", BASE, "northwind labs", "backend engineer"))).isEmpty();
        assertThat(index.findDuplicate(fingerprint("hash-2", BASE, null, "backend engineer"))).isEmpty();
        assertThat(index.findDuplicate(fingerprint("hash-2", BASE, "acme", "frontend engineer"))).isEmpty();
        assertThat(index.findDuplicate(fingerprint("hash-2", BASE, "acme", "backend engineer")))
                .contains(new Match("a", Kind.NEAR, 0));
    }

    @Test
    void postingsWithoutACompanyMatchEachOther() {
        index.add("a", fingerprint("hash-1", BASE, null, "backend engineer"));

        assertThat(index.findDuplicate(fingerprint("hash-2", BASE ^ 1, null, "backend engineer")))
                .contains(new Match("a", Kind.NEAR, 1));
    }

    @Test
    void theClosestWinsThenTheFirstAdded() {
        index.add("far", fingerprint("h1", flipSpread(BASE, 3), "acme", "backend engineer"));
        index.add("first-near", fingerprint("h2", BASE ^ 1, "acme", "backend engineer"));
        index.add("second-near", fingerprint("h3", BASE ^ 2, "acme", "backend engineer"));

        assertThat(index.findDuplicate(fingerprint("h4", BASE, "acme", "backend engineer")))
                .contains(new Match("first-near", Kind.NEAR, 1));
    }

    @Test
    void anExactMatchBeatsACloserNearOneAndTheOriginalBeatsItsCopies() {
        index.add("near", fingerprint("h1", BASE, "acme", "backend engineer"));
        index.add("original", fingerprint("h2", BASE ^ 3, "acme", "backend engineer"));
        index.add("copy", fingerprint("h2", BASE ^ 3, "acme", "backend engineer"));

        assertThat(index.findDuplicate(fingerprint("h2", BASE, "acme", "backend engineer")))
                .contains(new Match("original", Kind.EXACT, 2));
    }

    @Test
    void addingAnIdAgainReplacesItsFingerprint() {
        index.add("a", fingerprint("old", BASE, "acme", "backend engineer"));
        index.add("a", fingerprint("new", ~BASE, "acme", "backend engineer"));
        index.add("a", fingerprint("new", ~BASE, "acme", "backend engineer"));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.findDuplicate(fingerprint("old", BASE, "acme", "backend engineer"))).isEmpty();
        assertThat(index.findDuplicate(fingerprint("new", ~BASE, "acme", "backend engineer")))
                .contains(new Match("a", Kind.EXACT, 0));
    }

    @Test
    void rebuiltFromStoredEntriesItAnswersLikeTheOneBuiltOneByOne() {
        List<Entry> entries = randomEntries(new Random(5), 3_000);
        entries.forEach(entry -> index.add(entry.id(), entry.fingerprint()));
        NearDuplicateIndex reloaded = NearDuplicateIndex.of(SETTINGS, entries.stream());

        assertThat(reloaded.size()).isEqualTo(index.size()).isEqualTo(3_000);
        Random random = new Random(6);
        for (int i = 0; i < 2_000; i++) {
            PostingFingerprint query = nearby(entries.get(random.nextInt(entries.size())).fingerprint(), random);
            assertThat(reloaded.findDuplicate(query)).isEqualTo(index.findDuplicate(query));
        }
    }

    @Test
    void bandedLookupFindsWhatAFullScanFinds() {
        Random random = new Random(7);
        List<Entry> entries = randomEntries(random, 30_000);
        index.addAll(entries.stream());
        for (int i = 0; i < 500; i++) {
            int replaced = random.nextInt(entries.size());
            Entry entry = entries.get(replaced);
            Entry moved = new Entry(entry.id(), fingerprint("moved-" + i, random.nextLong(), entry.fingerprint().companyKey(),
                    entry.fingerprint().titleKey()));
            // A replaced fingerprint counts as added last, which decides ties between equally close candidates.
            entries.remove(replaced);
            entries.add(moved);
            index.add(moved.id(), moved.fingerprint());
        }

        int[] kinds = new int[3];
        for (int i = 0; i < 3_000; i++) {
            PostingFingerprint query = nearby(entries.get(random.nextInt(entries.size())).fingerprint(), random);
            Optional<Match> found = index.findDuplicate(query);
            assertThat(found).as("query %s", query).isEqualTo(scan(entries, query));
            kinds[found.map(match -> match.kind().ordinal()).orElse(2)]++;
        }
        assertThat(kinds[Kind.EXACT.ordinal()]).isGreaterThan(200);
        assertThat(kinds[Kind.NEAR.ordinal()]).isGreaterThan(200);
        assertThat(kinds[2]).as("no match").isGreaterThan(200);
    }

    @Test
    void zeroThresholdMeansOnlyIdenticalSignatures() {
        NearDuplicateIndex strict = new NearDuplicateIndex(new DedupProperties(0, 0.5));
        strict.add("a", fingerprint("h1", BASE, "acme", "backend engineer"));

        assertThat(strict.findDuplicate(fingerprint("h2", BASE, "acme", "backend engineer")))
                .contains(new Match("a", Kind.NEAR, 0));
        assertThat(strict.findDuplicate(fingerprint("h2", BASE ^ 1, "acme", "backend engineer"))).isEmpty();
    }

    @Test
    void concurrentAddsAndLookupsLoseNothing() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        PostingFingerprint own = fingerprint("t" + thread + "-" + i, (long) thread << 40 | i * 7919L,
                                "company " + (i % 50), "engineer " + i);
                        index.add("t" + thread + "-" + i, own);
                        assertThat(index.findDuplicate(own)).map(Match::id).contains("t" + thread + "-" + i);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(index.size()).isEqualTo(20_000);
        IntStream.range(0, 4).forEach(thread -> assertThat(index.findDuplicate(
                fingerprint("t" + thread + "-4999", 0L, "x", "y"))).map(Match::kind).contains(Kind.EXACT));
    }

    /** What the index must answer, found the slow way; entries are in the order they were added. */
    private static Optional<Match> scan(List<Entry> entries, PostingFingerprint query) {
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entry entry : entries) {
            PostingFingerprint stored = entry.fingerprint();
            if (stored.contentHash().equals(query.contentHash())) {
                return Optional.of(new Match(entry.id(), Kind.EXACT, SimilarityHash.distance(stored.simhash(), query.simhash())));
            }
            int distance = SimilarityHash.distance(stored.simhash(), query.simhash());
            boolean alike = distance <= K && Objects.equals(stored.companyKey(), query.companyKey())
                    && JobTitles.similarity(stored.titleKey(), query.titleKey()) >= SETTINGS.minTitleSimilarity();
            if (alike && distance < bestDistance) {
                best = entry;
                bestDistance = distance;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.id(), Kind.NEAR, bestDistance));
    }

    /** Entries in few companies and titles, with signatures in clusters so that many are within reach of each other. */
    private static List<Entry> randomEntries(Random random, int count) {
        long[] centres = random.longs(count / 20 + 1).toArray();
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long simhash = flipRandom(centres[random.nextInt(centres.length)], random.nextInt(K + 3), random);
            String company = random.nextInt(20) == 0 ? null : "company " + random.nextInt(40);
            entries.add(new Entry("id-" + i, fingerprint("hash-" + i, simhash, company, TITLES[random.nextInt(TITLES.length)])));
        }
        return entries;
    }

    private static final String[] TITLES = {"backend engineer", "senior backend engineer", "frontend engineer",
        "data analyst", "backend engineer java"};

    private static PostingFingerprint nearby(PostingFingerprint stored, Random random) {
        String hash = random.nextInt(10) == 0 ? stored.contentHash() : "query-" + random.nextLong();
        return fingerprint(hash, flipRandom(stored.simhash(), random.nextInt(K + 3), random), stored.companyKey(),
                TITLES[random.nextInt(TITLES.length)]);
    }

    private static long flipRandom(long value, int bits, Random random) {
        long flipped = value;
        while (Long.bitCount(flipped ^ value) < bits) {
            flipped ^= 1L << random.nextInt(Long.SIZE);
        }
        return flipped;
    }

    /** Flips {@code bits} bits spread over the word, so that they fall into as many bands as possible. */
    private static long flipSpread(long value, int bits) {
        long flipped = value;
        for (int i = 0; i < bits; i++) {
            flipped ^= 1L << (i * Long.SIZE / bits);
        }
        return flipped;
    }

    private static PostingFingerprint fingerprint(String hash, long simhash, String company, String title) {
        return new PostingFingerprint(hash, simhash, company, title);
    }
}
