package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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

    @Test
    void shortSentencesAreOneShingleAndEmptyTextIsZero() {
        assertThat(SimilarityHash.of(List.of())).isZero();
        assertThat(SimilarityHash.of(List.<String[]>of(new String[0]))).isZero();
        assertThat(SimilarityHash.of(sentences("Java."))).isNotEqualTo(SimilarityHash.of(sentences("Kotlin.")));
    }

    private static List<String[]> sentences(String text) {
        return TextKeys.sentences(text).stream().map(TextKeys::words).toList();
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
