package com.careergpt.service.llm.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.skills.Skill;
import com.careergpt.service.skills.SkillTaxonomy;
import com.careergpt.service.support.Fixtures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinProviderTest {

    static final SkillTaxonomy TAXONOMY = SkillTaxonomy.bundled();
    static final BundledEmbeddingModel EMBEDDINGS = new BundledEmbeddingModel();
    static final BuiltinProvider PROVIDER = new BuiltinProvider(TAXONOMY, EMBEDDINGS,
            new JobPageExtractor(TAXONOMY, Clock.systemUTC()));
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode run(LlmTask task, ObjectNode inputs) {
        ProviderReply reply = PROVIDER.call(new ProviderRequest(task, BuiltinProvider.MODEL, null, inputs, Duration.ofSeconds(10)));
        return task.streamable() ? JSON.getNodeFactory().stringNode(reply.text()) : JSON.readTree(reply.text());
    }

    private static ObjectNode job(String title, String description) {
        ObjectNode inputs = JSON.createObjectNode();
        inputs.putObject("job").put("title", title).put("description", description);
        return inputs;
    }

    /** Micro recall and precision of job_summary's skills over every job fixture with expected skills. */
    @Test
    void findsTheFixturesSkillsWithRecallAndPrecisionOfAtLeastEightyPercent() throws IOException {
        int expectedTotal = 0;
        int found = 0;
        int predicted = 0;
        int correct = 0;
        for (Path page : Fixtures.jobPages()) {
            JsonNode expected = JSON.readTree(Files.readString(Fixtures.expectationsOf(page)));
            if (!expected.has("skills") || expected.path("requiresBrowser").asBoolean(false)) {
                continue;
            }
            String visible = Jsoup.parse(Files.readString(page)).body().wholeText();
            JsonNode summary = run(LlmTask.JOB_SUMMARY, job(expected.path("title").asString(), visible));
            Set<String> skills = new HashSet<>();
            summary.path("mustHaveSkills").forEach(skill -> skills.add(skill.asString()));
            summary.path("niceToHaveSkills").forEach(skill -> skills.add(skill.asString()));
            Set<String> wanted = new HashSet<>();
            expected.path("skills").forEach(skill -> wanted.add(skill.asString()));
            expectedTotal += wanted.size();
            found += (int) wanted.stream().filter(skills::contains).count();
            predicted += skills.size();
            correct += (int) skills.stream().filter(skill -> wanted.contains(skill) || writtenIn(visible, skill)).count();
        }
        double recall = (double) found / expectedTotal;
        double precision = (double) correct / predicted;
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.8);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
    }

    /** A skill counts as really mentioned when its name or one of its aliases is written in the page, as a word. */
    private static boolean writtenIn(String text, String skillName) {
        Skill skill = TAXONOMY.lookup(skillName).orElseThrow();
        List<String> names = new ArrayList<>(skill.aliases());
        names.add(skill.name());
        String lower = text.toLowerCase(Locale.ROOT);
        return names.stream().map(name -> name.replace("=", "").toLowerCase(Locale.ROOT))
                .anyMatch(name -> lower.matches("(?s).*(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}]).*"));
    }

    @Test
    void theSummaryNeverRepeatsASentenceOrDoublesItsPunctuation() throws IOException {
        List<ObjectNode> posts = new ArrayList<>();
        ObjectNode terse = job("Senior Data Engineer", """
                Senior Data Engineer at Acme, Berlin. Python, Spark, Airflow. 80k-95k EUR..
                Senior Data Engineer at Acme, Berlin.
                We build the data platform of Acme, Berlin, with Python, Spark and Airflow!!""");
        ((ObjectNode) terse.path("job")).put("company", "Acme");
        posts.add(terse);
        for (Path page : Fixtures.jobPages()) {
            JsonNode expected = JSON.readTree(Files.readString(Fixtures.expectationsOf(page)));
            ObjectNode post = job(expected.path("title").asString(null), Jsoup.parse(Files.readString(page)).body().wholeText());
            if (expected.hasNonNull("company")) {
                ((ObjectNode) post.path("job")).put("company", expected.path("company").asString());
            }
            posts.add(post);
        }
        for (ObjectNode post : posts) {
            String summary = run(LlmTask.JOB_SUMMARY, post).path("summary").asString();
            assertThat(summary).as(summary).doesNotContainPattern("[.!?,;:]\\s*[.!?,;:]").doesNotContain(" .");
            List<String> sentences = List.of(summary.split("(?<=[.!?])\\s+"));
            assertThat(sentences).as(summary).doesNotHaveDuplicates()
                    .allSatisfy(sentence -> assertThat(sentences.stream().filter(other -> other != sentence
                            && other.toLowerCase(Locale.ROOT).contains(sentence.replaceAll("[.!?]$", "").toLowerCase(Locale.ROOT))))
                            .as(summary).isEmpty());
        }
    }

    @Test
    void skillsInANiceToHaveSectionOrPhraseAreNotMustHaves() {
        JsonNode summary = run(LlmTask.JOB_SUMMARY, job("Backend Engineer", """
                Requirements
                - 4 years of Java and Kafka
                - PostgreSQL in production
                Nice to have
                - Terraform
                Experience with Redis is a plus."""));
        assertThat(summary.path("mustHaveSkills").valueStream().map(JsonNode::asString).toList())
                .contains("Java", "Kafka", "PostgreSQL").doesNotContain("Terraform", "Redis");
        assertThat(summary.path("niceToHaveSkills").valueStream().map(JsonNode::asString).toList()).contains("Terraform", "Redis");
        assertThat(summary.path("seniority").asString()).isEqualTo("mid");
        assertThat(summary.path("summary").asString()).startsWith("Mid-level Backend Engineer.");
    }

    @Test
    void redFlagsNameWhatTheyFound() {
        JsonNode summary = run(LlmTask.JOB_SUMMARY, job("Junior Rockstar Developer",
                "We need a coding ninja with 8+ years of React. Unlimited overtime in a fast-paced startup."));
        assertThat(summary.path("redFlags").valueStream().map(JsonNode::asString).toList())
                .anyMatch(flag -> flag.contains("rockstar"))
                .anyMatch(flag -> flag.contains("overtime"))
                .anyMatch(flag -> flag.contains("no salary"))
                .anyMatch(flag -> flag.contains("5+ years"));
        JsonNode calm = run(LlmTask.JOB_SUMMARY, job("Data Engineer", "Build pipelines with Airflow. Salary: €70,000 per year."));
        assertThat(calm.path("redFlags").isEmpty()).isTrue();
    }

    @Test
    void embeddingsPlaceRelatedTextsCloser() {
        List<float[]> vectors = EMBEDDINGS.embed(List.of("Java backend developer", "Spring Boot engineer", "pastry chef"));
        assertThat(vectors.get(0)).hasSize(BundledEmbeddingModel.DIMENSIONS);
        assertThat(BundledEmbeddingModel.cosine(vectors.get(0), vectors.get(1)))
                .isGreaterThan(BundledEmbeddingModel.cosine(vectors.get(0), vectors.get(2)));
    }

    /** ONNX inference on a small-stack thread used to crash the JVM; the model now runs it on its own threads. */
    @Test
    void embeddingFromAThreadWithASmallStackWorks() throws Exception {
        float[][] result = new float[1][];
        Thread small = new Thread(null, () -> result[0] = EMBEDDINGS.embed("Kafka and PostgreSQL in production"),
                "small-stack", 256 * 1024);
        small.start();
        small.join(60_000);
        assertThat(result[0]).hasSize(BundledEmbeddingModel.DIMENSIONS);
    }

    @Test
    void aMatchingResumeScoresHigherAndTheGapsAreNamed() {
        String jobText = "Senior Backend Engineer. Build services in Java and Spring Boot, run PostgreSQL and Kafka on Kubernetes.";
        ObjectNode fitting = job("Senior Backend Engineer", jobText);
        fitting.putObject("resume").put("text", "Backend engineer, 7 years. Built Java and Spring Boot services on PostgreSQL; "
                + "moved our event pipeline to Kafka, cutting latency by 40%.");
        ObjectNode unrelated = job("Senior Backend Engineer", jobText);
        unrelated.putObject("resume").put("text", "Pastry chef. Ran a bakery kitchen of six, created seasonal menus.");

        JsonNode good = run(LlmTask.RESUME_JOB_MATCH, fitting);
        JsonNode bad = run(LlmTask.RESUME_JOB_MATCH, unrelated);

        assertThat(good.path("score").asInt()).isGreaterThan(bad.path("score").asInt() + 30);
        assertThat(good.path("missingSkills").valueStream().map(JsonNode::asString).toList()).containsExactly("Kubernetes");
        assertThat(good.path("explanation").asString()).contains("4 of the 5");
    }

    @Test
    void resumeReviewScoresStructureAndMeasuredResults() {
        ObjectNode strong = JSON.createObjectNode();
        strong.putObject("resume").put("text", """
                Jane Doe  jane@example.org  +49 170 1234567
                Summary
                Backend engineer.
                Experience
                - Led the migration to Kubernetes, cutting costs by 30%
                - Built a Kafka pipeline handling 2M events a day
                - Reduced p99 latency from 800 ms to 120 ms
                Education
                MSc Computer Science
                Skills
                Java, Spring Boot, PostgreSQL, Kafka, Kubernetes, Terraform""");
        ObjectNode weak = JSON.createObjectNode();
        weak.putObject("resume").put("text", "I am a hard worker and a team player looking for a job.");

        JsonNode good = run(LlmTask.RESUME_REVIEW, strong);
        JsonNode poor = run(LlmTask.RESUME_REVIEW, weak);

        assertThat(good.path("score").asInt()).isGreaterThan(poor.path("score").asInt());
        assertThat(good.path("skills").valueStream().map(JsonNode::asString).toList()).contains("Kafka", "Terraform");
        assertThat(poor.path("weaknesses").valueStream().map(JsonNode::asString).toList())
                .anyMatch(w -> w.contains("no measured results"));
    }

    @Test
    void jobExtractReadsFieldsFromRawText() {
        ObjectNode inputs = JSON.createObjectNode();
        inputs.put("text", "Site Reliability Engineer at Fjordline AS\nOslo, Norway (hybrid)\nFull-time. NOK 700,000 - 850,000 per year.\nYou run Kubernetes.");
        JsonNode fields = run(LlmTask.JOB_EXTRACT, inputs);
        assertThat(fields.path("title").asString()).isEqualTo("Site Reliability Engineer");
        assertThat(fields.path("company").asString()).isEqualTo("Fjordline AS");
        assertThat(fields.path("location").path("country").asString()).isEqualTo("NO");
        assertThat(fields.path("remote").asString()).isEqualTo("hybrid");
        assertThat(fields.path("skills").valueStream().map(JsonNode::asString).toList()).contains("Kubernetes");
    }

    @Test
    void coverLettersStreamInPiecesThatMakeTheWhole() {
        ObjectNode inputs = job("Frontend Engineer", "We use React and TypeScript.");
        ((ObjectNode) inputs.get("job")).put("company", "Acme Health");
        inputs.putObject("resume").put("text", "Built a React and TypeScript design system used by 12 teams.");
        List<String> pieces = new ArrayList<>();
        ProviderReply reply = PROVIDER.stream(new ProviderRequest(LlmTask.COVER_LETTER, BuiltinProvider.MODEL, null, inputs,
                Duration.ofSeconds(10)), pieces::add);
        assertThat(pieces.size()).isGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(reply.text());
        assertThat(reply.text()).contains("Acme Health", "React", "design system");
    }

    @Test
    void marketQuestionsAreAnsweredFromTheStatsOrDeclined() {
        ObjectNode inputs = JSON.createObjectNode();
        inputs.put("question", "Which skills are most in demand?");
        ObjectNode stats = inputs.putObject("stats");
        stats.putArray("topSkills").addObject().put("skill", "Python").put("count", 42);
        stats.put("remoteShare", 0.31);
        JsonNode answer = run(LlmTask.MARKET_QUESTION, inputs);
        assertThat(answer.path("figures").get(0).path("label").asString()).isEqualTo("Python");
        assertThat(answer.path("answer").asString()).contains("Python");

        inputs.put("question", "What is the weather tomorrow?");
        assertThat(run(LlmTask.MARKET_QUESTION, inputs).path("answer").asString()).contains("none of them answers");
    }
}
