package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SimilarityHashTest {

    private static final String TEXT = """
            Northwind Labs builds logistics software used by 4,000 warehouses in 12 countries.
            Design and run services in Java 21 and Spring Boot with a small, friendly team.
            Own PostgreSQL schemas and Kafka topics and keep the on-call load low.
            Deploy with Kubernetes and Terraform on AWS and automate what you do twice.
            You have six or more years of backend experience and strong SQL.
            Experience with Redis is a plus, and you write tests with JUnit.
            We offer thirty days of paid holiday, a learning budget and a pension plan.
            """;

    @Test
    void sameTextSameSignatureAndReorderedSentencesToo() {
        List<String[]> sentences = sentences(TEXT);
        List<String[]> reordered = new ArrayList<>(sentences);
        Collections.reverse(reordered);
        assertThat(SimilarityHash.of(sentences)).isEqualTo(SimilarityHash.of(sentences(TEXT)));
        assertThat(SimilarityHash.of(reordered)).isEqualTo(SimilarityHash.of(sentences));
    }

    @Test
    void aChangedWordMovesTheSignatureALittle() {
        long original = SimilarityHash.of(sentences(TEXT));
        long edited = SimilarityHash.of(sentences(TEXT.replace("friendly", "remote")));
        assertThat(edited).isNotEqualTo(original);
        assertThat(SimilarityHash.distance(original, edited)).isLessThanOrEqualTo(DedupProperties.defaults().maxDistance());
    }

    @Test
    void unrelatedTextsAreAboutHalfTheBitsApart() {
        Random random = new Random(3);
        long sum = 0;
        int pairs = 200;
        for (int i = 0; i < pairs; i++) {
            int distance = SimilarityHash.distance(SimilarityHash.of(randomText(random)), SimilarityHash.of(randomText(random)));
            assertThat(distance).isBetween(14, 50);
            sum += distance;
        }
        assertThat((double) sum / pairs).isBetween(29.0, 35.0);
    }

    /**
     * The expected distance of two signatures is 64 * (1 - J) / 2 for shingle sets with Jaccard similarity J; a hash
     * family that is not min-wise independent enough shows up as a shifted mean (MurmurHash3's finalizer in place of
     * the multiplicative family came out about 1.7 bits short on such pairs).
     */
    @Test
    void distanceEstimatesTheJaccardSimilarityWithoutBias() {
        SyntheticPostings generator = new SyntheticPostings(9, 50);
        double deviation = 0;
        int pairs = 0;
        for (int i = 0; i < 600; i++) {
            SyntheticPostings.Draft original = generator.fresh();
            for (SyntheticPostings.Draft other : List.of(generator.withWordEdits(original, 3), generator.sibling(original),
                    generator.fresh())) {
                List<String[]> a = sentences(original.toPosting().title() + "\n" + original.toPosting().description());
                List<String[]> b = sentences(other.toPosting().title() + "\n" + other.toPosting().description());
                double expected = Long.SIZE * (1 - jaccard(shingles(a), shingles(b))) / 2;
                deviation += SimilarityHash.distance(SimilarityHash.of(a), SimilarityHash.of(b)) - expected;
                pairs++;
            }
        }
        assertThat(deviation / pairs).isBetween(-0.4, 0.4);
    }

    @Test
    void shortSentencesAreOneShingleAndEmptyTextIsZero() {
        assertThat(SimilarityHash.of(List.of())).isZero();
        assertThat(SimilarityHash.of(List.<String[]>of(new String[0]))).isZero();
        assertThat(SimilarityHash.of(sentences("Java."))).isNotEqualTo(SimilarityHash.of(sentences("Kotlin.")));
    }

    private static List<String[]> sentences(String text) {
        return TextKeys.sentences(text).stream().map(TextKeys::words).toList();
    }

    private static Set<String> shingles(List<String[]> sentences) {
        Set<String> shingles = new HashSet<>();
        for (String[] words : sentences) {
            int width = Math.min(SimilarityHash.SHINGLE_WORDS, words.length);
            for (int start = 0; start + width <= words.length; start++) {
                shingles.add(String.join(" ", Arrays.copyOfRange(words, start, start + width)));
            }
        }
        return shingles;
    }

    private static double jaccard(Set<String> one, Set<String> other) {
        Set<String> shared = new HashSet<>(one);
        shared.retainAll(other);
        return (double) shared.size() / (one.size() + other.size() - shared.size());
    }

    private static List<String[]> randomText(Random random) {
        List<String[]> sentences = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            String[] words = new String[8];
            for (int w = 0; w < words.length; w++) {
                words[w] = "w" + random.nextInt(5000);
            }
            sentences.add(words);
        }
        return sentences;
    }
}
