package com.careergpt.service.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careergpt.service.skills.SkillTaxonomy;

class AtsScorerTest {

    private final AtsScorer scorer = new AtsScorer(SkillTaxonomy.bundled());

    private static final ResumeFacts RESUME = new ResumeFacts("""
            Summary
            Backend engineer who likes Java.
            Experience
            Backend Engineer, Initech, 2019 - present
            - Cut p99 latency by 40% with Spring Boot and PostgreSQL
            - Migrated 30 services to Docker
            - Mentored new hires
            Skills
            Java, Spring Boot, PostgreSQL, Docker, Git
            """, Map.of(
                    "summary", "Backend engineer who likes Java.",
                    "experience", """
                            Backend Engineer, Initech, 2019 - present
                            - Cut p99 latency by 40% with Spring Boot and PostgreSQL
                            - Migrated 30 services to Docker
                            - Mentored new hires""",
                    "skills", "Java, Spring Boot, PostgreSQL, Docker, Git"), 4.0);

    private static final JobFacts JOB = new JobFacts("j1", "Senior Java Engineer", "Globex", """
            We need 5+ years of backend experience with Java, Spring Boot and Kafka.
            You deploy with Docker and Kubernetes on AWS.""", List.of("Java"), "senior");

    @Test
    void scoresEachDimensionWithItsWeightAndSaysHow() {
        AtsMatch match = scorer.score(RESUME, JOB, 0.62);

        assertThat(match.subScores()).extracting(SubScore::name)
                .containsExactly("skills", "experience", "domain", "tools", "achievements");
        assertThat(match.subScores().stream().mapToDouble(SubScore::weight).sum()).isCloseTo(1.0, within(0.001));
        SubScore skills = sub(match, "skills");
        assertThat(skills.score()).isEqualTo(67);
        assertThat(skills.basis()).contains("2 of the 3 skills");
        SubScore tools = sub(match, "tools");
        assertThat(tools.basis()).contains("1 of the 3 tools");
        assertThat(tools.score()).isEqualTo(33);
        SubScore experience = sub(match, "experience");
        assertThat(experience.score()).isEqualTo(80);
        assertThat(experience.basis()).contains("about 5 years").contains("4.0 years");
        assertThat(sub(match, "domain").score()).isEqualTo(70);
        assertThat(sub(match, "achievements").score()).isEqualTo(50);
        double expected = match.subScores().stream().mapToDouble(sub -> sub.score() * sub.weight()).sum();
        assertThat(match.score()).isEqualTo((int) Math.round(expected));
        assertThat(match.breakdown()).startsWith("Score " + match.score() + "/100 = skills 67 x 35%");
    }

    @Test
    void theKeywordTableSaysWhereTheResumeShowsEachSkillAndWhatIsMissing() {
        AtsMatch match = scorer.score(RESUME, JOB, 0.5);

        assertThat(match.keywords()).filteredOn(KeywordRow::keyword, "Java").singleElement()
                .satisfies(row -> {
                    assertThat(row.foundInResume()).isTrue();
                    assertThat(row.section()).isEqualTo("summary");
                });
        assertThat(match.keywords()).filteredOn(KeywordRow::keyword, "PostgreSQL").isEmpty();
        assertThat(match.keywords()).filteredOn(KeywordRow::keyword, "Spring Boot").singleElement()
                .extracting(KeywordRow::section).isEqualTo("experience");
        assertThat(match.missingKeywords()).containsExactlyInAnyOrder("Kafka", "Kubernetes", "AWS");
        assertThat(match.matchedSkills()).containsExactlyInAnyOrder("Java", "Spring Boot", "Docker");
        assertThat(match.keywords()).filteredOn(KeywordRow::keyword, "Kubernetes").singleElement()
                .satisfies(row -> {
                    assertThat(row.foundInResume()).isFalse();
                    assertThat(row.section()).isNull();
                    assertThat(row.category()).isEqualTo("tool");
                });
    }

    @Test
    void aDimensionTheJobAsksNothingOfWeighsNothing() {
        JobFacts noTools = new JobFacts("j2", "Java Developer", "Globex", "Java and Spring Boot.", List.of(), null);

        AtsMatch match = scorer.score(RESUME, noTools, 0.8);

        assertThat(sub(match, "tools").weight()).isZero();
        assertThat(sub(match, "experience").weight()).isZero();
        assertThat(sub(match, "skills").weight()).isCloseTo(0.35 / 0.65, within(0.001));
        assertThat(sub(match, "skills").score()).isEqualTo(100);
    }

    @Test
    void requiredYearsComeFromTheTextElseFromTheSeniority() {
        assertThat(AtsScorer.requiredYears(new JobFacts("a", "t", null, "3-5 years of Go, 2+ years of Rust", List.of(), null)))
                .isEqualTo(3);
        assertThat(AtsScorer.requiredYears(new JobFacts("a", "t", null, "Mindestens 4 Jahre Erfahrung", List.of(), null)))
                .isEqualTo(4);
        assertThat(AtsScorer.requiredYears(new JobFacts("a", "t", null, "Great team", List.of(), "lead"))).isEqualTo(8);
        assertThat(AtsScorer.requiredYears(new JobFacts("a", "t", null, "Great team", List.of(), null))).isNull();
    }

    private static SubScore sub(AtsMatch match, String name) {
        return match.subScores().stream().filter(sub -> sub.name().equals(name)).findFirst().orElseThrow();
    }
}
