package com.careergpt.service.scraping.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import com.careergpt.service.scraping.JobPosting;

/**
 * bench/dedup.sh: generates realistic postings with planted near-duplicates (a copy of an earlier posting as another
 * board shows it) and hard negatives (another opening with the same title at the same company), then fingerprints,
 * looks up and adds every posting in order, as the job store does. Prints the total and per-posting median time,
 * precision and recall on the planted duplicates, and for thresholds around the default how many planted pairs and
 * hard-negative pairs fall within them.
 * <p>
 * Arguments: postings (100000), share of planted duplicates (0.10), share of hard negatives (0.05), rounds (3),
 * seed (7). Each round indexes all postings into a fresh index; the totals' median is reported.
 */
public final class DedupBenchmark {

    private DedupBenchmark() {
    }

    /** One generated posting: the cluster it belongs to (its original's position) and what kind it is. */
    private record Planted(JobPosting posting, int cluster, Kind kind, int source) {
    }

    private enum Kind { ORIGINAL, DUPLICATE, SAME_TITLE_OTHER_OPENING }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double duplicateShare = args.length > 1 ? Double.parseDouble(args[1]) : 0.10;
        double siblingShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 7L;
        DedupProperties settings = DedupProperties.defaults();

        System.out.printf("warm-up: %d postings%n", Math.min(20_000, count / 5));
        run(generate(Math.min(20_000, count / 5), duplicateShare, siblingShare, seed + 1), settings);

        long started = System.nanoTime();
        List<Planted> postings = generate(count, duplicateShare, siblingShare, seed);
        System.out.printf("generated %d postings (%d planted duplicates, %d same-title openings at the same company) in %.1f s%n",
                count, postings.stream().filter(p -> p.kind() == Kind.DUPLICATE).count(),
                postings.stream().filter(p -> p.kind() == Kind.SAME_TITLE_OTHER_OPENING).count(),
                (System.nanoTime() - started) / 1e9);
        long[] totals = new long[rounds];
        Round last = null;
        for (int round = 0; round < rounds; round++) {
            last = run(postings, settings);
            totals[round] = last.elapsed();
            System.out.printf("round %d: %.2f s%n", round + 1, totals[round] / 1e9);
        }
        report(postings, last, settings);
        reload(last.prints(), settings);
        System.out.printf("median total over %d rounds: %.2f s for %d postings (%.0f postings/s)%n", rounds,
                median(totals) / 1e9, count, count / (median(totals) / 1e9));
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

    private static void report(List<Planted> postings, Round round, DedupProperties settings) {
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
        System.out.printf("last round, per posting: median %.1f us (fingerprint %.1f us, lookup + add %.1f us), p99 %.1f us%n",
                median(round.totalNanos()) / 1e3, median(round.fingerprintNanos()) / 1e3,
                median(round.lookupNanos()) / 1e3, percentile(round.totalNanos(), 0.99) / 1e3);
        System.out.printf("matches: %d exact, %d near; index holds %d%n", round.exact(), round.near(), round.indexed());
        System.out.printf("planted duplicates: recall %.4f (%d of %d), precision %.4f (%d wrong links)%n",
                (double) found / planted, found, planted, found + wrong == 0 ? 1.0 : (double) found / (found + wrong),
                wrong);
        thresholdTable(postings, round.prints(), settings);
    }

    /** How long start-up takes to rebuild the index from the stored fingerprints (median of 5). */
    private static void reload(PostingFingerprint[] prints, DedupProperties settings) {
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            NearDuplicateIndex reloaded = NearDuplicateIndex.of(settings, IntStream.range(0, prints.length)
                    .mapToObj(id -> new NearDuplicateIndex.Entry(Integer.toString(id), prints[id])));
            nanos[i] = System.nanoTime() - started;
            if (reloaded.size() != prints.length) {
                throw new IllegalStateException("reloaded " + reloaded.size() + " of " + prints.length);
            }
        }
        System.out.printf("rebuilding the index from %d stored fingerprints: median %.0f ms%n", prints.length,
                median(nanos) / 1e6);
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
        System.out.printf("max distance | planted pairs within | same-title other openings within  (default %d)%n",
                settings.maxDistance());
        for (int k = 3; k <= 10; k++) {
            int threshold = k;
            long within = duplicates.stream().filter(d -> d <= threshold).count();
            long negativesWithin = negatives.stream().filter(d -> d <= threshold).count();
            System.out.printf("%12d | %6.4f (%d of %d) | %6.4f (%d of %d)%n", k, (double) within / duplicates.size(),
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

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double rank) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(rank * (sorted.length - 1)))];
    }
}
