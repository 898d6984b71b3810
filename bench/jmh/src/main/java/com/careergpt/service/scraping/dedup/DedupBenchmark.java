package com.careergpt.service.scraping.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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

import com.careergpt.service.scraping.JobPosting;

/**
 * De-duplication core: generated realistic postings with planted near-duplicates (a copy of an earlier posting as
 * another board shows it) and hard negatives (another opening with the same title at the same company), then
 * fingerprinted, looked up and added in order into a fresh index, as the job store does: one round per measured
 * iteration (goal: 100k postings in < 10 s). Also the index rebuilt from stored fingerprints, as at start-up. After
 * the rounds it prints ({@code report:} lines) the per-posting median times, precision and recall on the planted
 * duplicates, and for thresholds around the default how many planted and hard-negative pairs fall within them.
 * Run by bench/dedup.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class DedupBenchmark {

    @Param("100000")
    public int postings;

    @Param("0.10")
    public double duplicateShare;

    @Param("0.05")
    public double sameTitleShare;

    @Param("7")
    public long seed;

    private final DedupProperties settings = DedupProperties.defaults();

    private List<Planted> generated;

    private PostingFingerprint[] stored;

    private Round last;

    /** One generated posting: the cluster it belongs to (its original's position) and what kind it is. */
    private record Planted(JobPosting posting, int cluster, Kind kind, int source) {
    }

    private enum Kind { ORIGINAL, DUPLICATE, SAME_TITLE_OTHER_OPENING }

    @Setup
    public void generatePostings() {
        generated = generate(postings, duplicateShare, sameTitleShare, seed);
        PostingFingerprints fingerprints = new PostingFingerprints(settings);
        stored = generated.stream().map(planted -> fingerprints.of(planted.posting())).toArray(PostingFingerprint[]::new);
        report("generated %d postings (%d planted duplicates, %d same-title openings at the same company)", postings,
                generated.stream().filter(p -> p.kind() == Kind.DUPLICATE).count(),
                generated.stream().filter(p -> p.kind() == Kind.SAME_TITLE_OTHER_OPENING).count());
    }

    /** Every posting fingerprinted, looked up and added in order into a fresh index. */
    @Benchmark
    public int indexAll() {
        last = run(generated, settings);
        return last.indexed();
    }

    /** Start-up: the index rebuilt from the stored fingerprints. */
    @Benchmark
    public int rebuildIndex() {
        NearDuplicateIndex reloaded = NearDuplicateIndex.of(settings, IntStream.range(0, stored.length)
                .mapToObj(id -> new NearDuplicateIndex.Entry(Integer.toString(id), stored[id])));
        if (reloaded.size() != stored.length) {
            throw new IllegalStateException("reloaded " + reloaded.size() + " of " + stored.length);
        }
        return reloaded.size();
    }

    @TearDown
    public void reportAccuracy() {
        if (last != null) {
            printAccuracy(generated, last, settings);
        }
    }

    /** What one round measured and found. */
    private record Round(long elapsed, long[] fingerprintNanos, long[] lookupNanos, long[] totalNanos,
            PostingFingerprint[] prints, int[] matchedCluster, int exact, int near, int indexed) {
    }

    /** Indexes every posting in order into a fresh index. */
    private static Round run(List<Planted> postings, DedupProperties settings) {
        PostingFingerprints fingerprints = new PostingFingerprints(settings);
        NearDuplicateIndex index = fingerprints.newIndex();
        PostingFingerprint[] prints = new PostingFingerprint[postings.size()];
        long[] fingerprintNanos = new long[postings.size()];
        long[] lookupNanos = new long[postings.size()];
        long[] totalNanos = new long[postings.size()];
        int[] matchedCluster = new int[postings.size()];
        int exact = 0;
        int near = 0;
        long started = System.nanoTime();
        for (int i = 0; i < postings.size(); i++) {
            long t0 = System.nanoTime();
            prints[i] = fingerprints.of(postings.get(i).posting());
            long t1 = System.nanoTime();
            Optional<NearDuplicateIndex.Match> match = index.findDuplicate(prints[i]);
            index.add(Integer.toString(i), prints[i]);
            long t2 = System.nanoTime();
            fingerprintNanos[i] = t1 - t0;
            lookupNanos[i] = t2 - t1;
            totalNanos[i] = t2 - t0;
            matchedCluster[i] = match.map(found -> postings.get(Integer.parseInt(found.id())).cluster()).orElse(-1);
            if (match.isPresent()) {
                if (match.get().kind() == NearDuplicateIndex.Kind.EXACT) {
                    exact++;
                } else {
                    near++;
                }
            }
        }
        return new Round(System.nanoTime() - started, fingerprintNanos, lookupNanos, totalNanos, prints,
                matchedCluster, exact, near, index.size());
    }

    private static void printAccuracy(List<Planted> postings, Round round, DedupProperties settings) {
        int[] matchedCluster = round.matchedCluster();
        int planted = 0;
        int found = 0;
        int wrong = 0;
        for (int i = 0; i < postings.size(); i++) {
            Planted posting = postings.get(i);
            if (posting.kind() == Kind.DUPLICATE) {
                planted++;
            }
            if (matchedCluster[i] >= 0) {
                if (posting.kind() == Kind.DUPLICATE && matchedCluster[i] == posting.cluster()) {
                    found++;
                } else {
                    wrong++;
                }
            }
        }
        report("last round, per posting: median %.1f us (fingerprint %.1f us, lookup + add %.1f us), p99 %.1f us",
                median(round.totalNanos()) / 1e3, median(round.fingerprintNanos()) / 1e3,
                median(round.lookupNanos()) / 1e3, percentile(round.totalNanos(), 0.99) / 1e3);
        report("matches: %d exact, %d near; index holds %d", round.exact(), round.near(), round.indexed());
        report("planted duplicates: recall %.4f (%d of %d), precision %.4f (%d wrong links)",
                (double) found / planted, found, planted, found + wrong == 0 ? 1.0 : (double) found / (found + wrong),
                wrong);
        thresholdTable(postings, round.prints(), settings);
    }

    /** Distances of each planted pair and each hard-negative pair to its source, against thresholds near the default. */
    private static void thresholdTable(List<Planted> postings, PostingFingerprint[] prints, DedupProperties settings) {
        List<Integer> duplicates = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Planted posting = postings.get(i);
            if (posting.kind() == Kind.ORIGINAL) {
                continue;
            }
            PostingFingerprint source = prints[posting.source()];
            int distance = source.contentHash().equals(prints[i].contentHash()) ? 0
                    : SimilarityHash.distance(source.simhash(), prints[i].simhash());
            (posting.kind() == Kind.DUPLICATE ? duplicates : negatives).add(distance);
        }
        report("max distance | planted pairs within | same-title other openings within  (default %d)",
                settings.maxDistance());
        for (int k = 3; k <= 10; k++) {
            int threshold = k;
            long within = duplicates.stream().filter(d -> d <= threshold).count();
            long negativesWithin = negatives.stream().filter(d -> d <= threshold).count();
            report("%12d | %6.4f (%d of %d) | %6.4f (%d of %d)", k, (double) within / duplicates.size(),
                    within, duplicates.size(), (double) negativesWithin / negatives.size(), negativesWithin,
                    negatives.size());
        }
    }

    private static List<Planted> generate(int count, double duplicateShare, double siblingShare, long seed) {
        Random choice = new Random(seed);
        SyntheticPostings generator = new SyntheticPostings(seed, Math.max(10, count / 50));
        List<Planted> postings = new ArrayList<>(count);
        List<Integer> originals = new ArrayList<>();
        List<SyntheticPostings.Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double roll = choice.nextDouble();
            SyntheticPostings.Draft draft;
            Planted planted;
            if (!originals.isEmpty() && roll < duplicateShare) {
                int source = originals.get(choice.nextInt(originals.size()));
                draft = choice.nextBoolean() ? generator.reposted(drafts.get(source))
                        : generator.withWordEdits(drafts.get(source), 1 + choice.nextInt(2));
                planted = new Planted(draft.toPosting(), source, Kind.DUPLICATE, source);
            } else if (!originals.isEmpty() && roll < duplicateShare + siblingShare) {
                int source = originals.get(choice.nextInt(originals.size()));
                draft = generator.sibling(drafts.get(source));
                planted = new Planted(draft.toPosting(), i, Kind.SAME_TITLE_OTHER_OPENING, source);
                originals.add(i);
            } else {
                draft = generator.fresh();
                planted = new Planted(draft.toPosting(), i, Kind.ORIGINAL, i);
                originals.add(i);
            }
            drafts.add(draft);
            postings.add(planted);
        }
        return postings;
    }

    /** One line of the report, prefixed so that bench/dedup.sh finds it in JMH's output. */
    private static void report(String format, Object... values) {
        System.out.println("report: " + String.format(format, values));
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double rank) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(rank * (sorted.length - 1)))];
    }
}
