package com.careergpt.service.resumes;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.support.GatewayTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resumes, results, semantic search and matching end to end: a real identity-service, SQLite, the bundled embedding
 * model and the builtin provider; files made by PDFBox and POI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResumesAndMatchingTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final FixtureServer SITE = new FixtureServer();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
        SITE.scrapedBy(registry);
        registry.add("careergpt.resumes.max-upload-bytes", () -> "200KB");
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
        SITE.close();
    }

    @Test
    void pdfDocxAndTextResumesAreReadAndOnlyTheirOwnerSeesThem() throws Exception {
        Map<String, String> owner = user("resume-owner");
        Map<String, String> stranger = user("resume-stranger");

        Upload pdf = upload(ResumeFiles.pdf(), "jane.pdf", owner);
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(pdf.json().path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(pdf.json().path("pages").asInt()).isEqualTo(2);
        assertThat(strings(pdf.json().path("skills"))).contains("Java", "Spring Boot", "PostgreSQL", "Docker");
        assertThat(pdf.json().path("sections").path("contact").path("email").asString()).isEqualTo("jane.doe@example.org");
        assertThat(pdf.json().path("sections").path("texts").path("experience").asString()).contains("Initech");
        assertThat(pdf.json().path("yearsOfExperience").asDouble()).isGreaterThan(9);
        String pdfId = pdf.json().path("id").asString();

        Upload docx = upload(ResumeFiles.docx(), "jane.docx", owner);
        assertThat(docx.status()).as(docx.body()).isEqualTo(201);
        assertThat(docx.json().path("mediaType").asString()).contains("wordprocessingml");
        assertThat(strings(docx.json().path("skills"))).contains("JUnit", "Git");

        TestHttp.Response text = device().post("/api/resumes",
                JSON.writeValueAsString(Map.of("text", ResumeFiles.text(), "name", "plain")), owner);
        assertThat(text.status()).as(text.body()).isEqualTo(201);
        assertThat(text.json().path("mediaType").asString()).isEqualTo("text/plain");

        assertThat(device().get("/api/resumes/" + pdfId, owner).json().path("text").asString()).contains("TU Berlin");
        TestHttp.Response foreign = device().get("/api/resumes/" + pdfId, stranger);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().path("field").asString()).isEqualTo("resumeId");
        assertThat(device().get("/api/resumes/" + pdfId + "/original", stranger).status()).isEqualTo(404);
        assertThat(device().send("/api/resumes/" + pdfId, "DELETE", null, stranger).status()).isEqualTo(404);
        assertThat(device().get("/api/resumes", stranger).json().path("total").asInt()).isZero();
        assertThat(device().get("/api/resumes", owner).json().path("total").asInt()).isEqualTo(3);

        HttpResponse<byte[]> original = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/resumes/" + pdfId + "/original"))
                .header("Authorization", owner.get("Authorization")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(original.body()).isEqualTo(pdf.sent());
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        assertThat(device().send("/api/resumes/" + pdfId, "DELETE", null, owner).status()).isEqualTo(204);
        assertThat(device().get("/api/resumes/" + pdfId, owner).status()).isEqualTo(404);
    }

    @Test
    void unreadableUploadsAreClearProblemsAndNothingIsStored() throws Exception {
        Map<String, String> auth = user("bad-uploads");
        byte[] truncated = java.util.Arrays.copyOf(ResumeFiles.pdf(), 400);

        assertProblem(upload(ResumeFiles.encryptedPdf(), "locked.pdf", auth), 422, "encrypted");
        assertProblem(upload(truncated, "broken.pdf", auth), 422, "corrupt");
        assertProblem(upload(ResumeFiles.png(), "resume.pdf", auth), 415, "unsupported-type");
        assertProblem(upload(new byte[0], "empty.pdf", auth), 400, "empty");
        assertProblem(upload(new byte[300 * 1024], "huge.txt", auth), 413, "too-large");
        TestHttp.Response blank = device().post("/api/resumes", "{\"text\": \"  \"}", auth);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asString()).isEqualTo("text");

        assertThat(device().get("/api/resumes", auth).json().path("total").asInt()).isZero();
    }

    @Test
    void semanticSearchPutsTheObviouslyRelatedJobFirst() {
        Map<String, String> auth = user("searcher");
        String backend = collectText(auth, """
                Backend Engineer (Kotlin, Spring Boot) at Ledgerly
                Build microservices and REST APIs for our payments platform with Kotlin, Spring Boot and PostgreSQL.
                Location: Remote""");
        String nurse = collectText(auth, """
                Registered Nurse at Lakeside Clinic
                Care for patients on the cardiology ward, administer medication and coordinate with physicians.
                Location: Leeds, United Kingdom""");
        String chef = collectText(auth, """
                Pastry Chef at Maison Dore
                Create croissants, tarts and seasonal desserts in our bakery kitchen; lead two commis chefs.
                Location: Lyon, France""");
        String driver = collectText(auth, """
                Long-haul Truck Driver at RoadRunner Freight
                Deliver freight across the country with a class A licence, keep logbooks and inspect the vehicle.
                Location: Dallas, TX""");

        // Other tests store jobs too: only the order of the four seeded here is asserted.
        List<String> seeded = List.of(backend, nurse, chef, driver);
        JsonNode found = device().get("/api/jobs/search?q=server-side%20developer%20writing%20APIs%20for%20fintech",
                auth).json();
        List<JsonNode> ours = found.path("items").valueStream()
                .filter(item -> seeded.contains(item.path("id").asString())).toList();
        assertThat(ours).hasSize(4);
        assertThat(ours.get(0).path("id").asString()).isEqualTo(backend);
        assertThat(ours.get(0).path("title").asString()).contains("Backend Engineer");
        assertThat(ours.get(0).path("similarity").asDouble()).isGreaterThan(ours.get(1).path("similarity").asDouble());
        JsonNode nursing = device().get("/api/jobs/search?q=hospital%20patient%20care", auth).json();
        assertThat(nursing.path("items").get(0).path("id").asString()).isEqualTo(nurse);
        assertThat(found.path("model").asString()).isEqualTo("all-minilm-l6-v2-q");

        JsonNode baking = device().get("/api/jobs/search?q=baking%20desserts&size=1", auth).json();
        assertThat(baking.path("items")).hasSize(1);
        assertThat(baking.path("items").get(0).path("company").asString()).isEqualTo("Maison Dore");

        JsonNode remoteOnly = device().get("/api/jobs/search?q=hospital%20patient%20care&remote=remote", auth).json();
        assertThat(remoteOnly.path("items").valueStream().map(item -> item.path("id").asString()).toList())
                .contains(backend).doesNotContain(nurse, chef, driver);

        TestHttp.Response noQuery = device().get("/api/jobs/search", auth);
        assertThat(noQuery.status()).isEqualTo(400);
        assertThat(noQuery.json().path("field").asString()).isEqualTo("q");
        TestHttp.Response badSalary = device().get("/api/jobs/search?q=nurse&salaryMax=high", auth);
        assertThat(badSalary.status()).isEqualTo(400);
        assertThat(badSalary.json().path("field").asString()).isEqualTo("salaryMax");
    }

    @Test
    void aMatchFindsTheSkillsTheResumeLacksAndIsKeptInTheResults() {
        Map<String, String> auth = user("matcher");
        String jobId = collectUrl(auth, SITE.url("/jobs/ats-jsonld-backend.html"));
        collectUrl(auth, SITE.url("/jobs/lever-remote-prose-salary.html"));
        String resumeId = device().post("/api/resumes", JSON.writeValueAsString(Map.of("text", ResumeFiles.text())),
                auth).json().path("id").asString();

        TestHttp.Response response = device().post("/api/match",
                JSON.writeValueAsString(Map.of("resumeId", resumeId, "jobId", jobId)), auth);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode match = response.json();
        assertThat(strings(match.path("matchedSkills"))).contains("Java", "Spring Boot", "PostgreSQL", "JUnit");
        assertThat(strings(match.path("missingSkills"))).contains("RabbitMQ", "Kubernetes", "Helm", "Azure", "Elasticsearch")
                .doesNotContain("Java");
        assertThat(strings(match.path("missingKeywords"))).contains("RabbitMQ");
        assertThat(match.path("subScores").valueStream().map(sub -> sub.path("name").asString()).toList())
                .containsExactly("skills", "experience", "domain", "tools", "achievements");
        double weights = match.path("subScores").valueStream().mapToDouble(sub -> sub.path("weight").asDouble()).sum();
        assertThat(weights).isBetween(0.99, 1.01);
        JsonNode javaRow = match.path("keywords").valueStream()
                .filter(row -> row.path("keyword").asString().equals("Java")).findFirst().orElseThrow();
        assertThat(javaRow.path("foundInResume").asBoolean()).isTrue();
        assertThat(javaRow.path("section").asString()).isEqualTo("summary");
        assertThat(match.path("score").asInt()).isBetween(1, 99);
        assertThat(match.path("explanation").asString()).isNotBlank();
        assertThat(match.path("explainedBy").path("provider").asString()).isEqualTo("builtin");
        assertThat(match.path("grounding").has("grounded")).isTrue();

        JsonNode stored = device().get("/api/results/" + match.path("resultId").asString(), auth).json();
        assertThat(stored.path("task").asString()).isEqualTo("match");
        assertThat(stored.path("output").path("score").asInt()).isEqualTo(match.path("score").asInt());

        JsonNode ranking = device().post("/api/match", JSON.writeValueAsString(Map.of("resumeId", resumeId)), auth).json();
        assertThat(ranking.path("items").get(0).path("jobId").asString()).isEqualTo(jobId);
        assertThat(ranking.path("items").get(0).path("score").asInt())
                .isGreaterThan(ranking.path("items").get(1).path("score").asInt());

        TestHttp.Response strangerMatch = device().post("/api/match",
                JSON.writeValueAsString(Map.of("resumeId", resumeId, "jobId", jobId)), user("not-the-owner"));
        assertThat(strangerMatch.status()).isEqualTo(404);
        assertThat(strangerMatch.json().path("field").asString()).isEqualTo("resumeId");
        TestHttp.Response noResume = device().post("/api/match", "{\"jobId\": \"" + jobId + "\"}", auth);
        assertThat(noResume.status()).isEqualTo(400);
        assertThat(noResume.json().path("field").asString()).isEqualTo("resumeId");
    }

    @Test
    void everyAnalysisIsKeptForItsOwnerAndRewritesAreCheckedForGrounding() {
        Map<String, String> auth = user("analyst");
        String resumeId = device().post("/api/resumes", JSON.writeValueAsString(Map.of("text", ResumeFiles.text())),
                auth).json().path("id").asString();
        JsonNode summary = device().post("/api/analyze", JSON.writeValueAsString(Map.of("task", "job_summary",
                "text", "Senior Java Engineer at Globex. You build Spring Boot services on Kubernetes.")), auth).json();
        assertThat(summary.path("resultId").asString()).isNotBlank();
        assertThat(summary.path("provider").asString()).isEqualTo("builtin");
        assertThat(summary.has("grounding")).isFalse();

        JsonNode letter = device().post("/api/analyze", JSON.writeValueAsString(Map.of("task", "cover_letter",
                "resumeId", resumeId, "job", Map.of("title", "Platform Engineer", "company", "Globex",
                        "description", "Kubernetes, Terraform and Java"))), auth).json();
        assertThat(letter.path("grounding").path("grounded").asBoolean()).as(letter.toString()).isTrue();

        JsonNode list = device().get("/api/results", auth).json();
        assertThat(list.path("total").asInt()).isEqualTo(2);
        assertThat(list.path("items").get(0).path("task").asString()).isEqualTo("cover_letter");
        assertThat(list.path("items").get(0).path("resumeId").asString()).isEqualTo(resumeId);
        assertThat(list.path("items").get(0).path("preview").asString()).isNotBlank();
        assertThat(device().get("/api/results?task=job_summary", auth).json().path("total").asInt()).isEqualTo(1);

        String summaryId = summary.path("resultId").asString();
        JsonNode one = device().get("/api/results/" + summaryId, auth).json();
        assertThat(one.path("output")).isEqualTo(summary.path("output"));
        TestHttp.Response foreign = device().get("/api/results/" + summaryId, user("someone-else"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(device().get("/api/results", user("someone-else")).json().path("total").asInt()).isZero();
    }

    private String collectText(Map<String, String> auth, String text) {
        return collect(auth, JSON.writeValueAsString(Map.of("text", text)));
    }

    private String collectUrl(Map<String, String> auth, String url) {
        return collect(auth, JSON.writeValueAsString(Map.of("url", url)));
    }

    private String collect(Map<String, String> auth, String body) {
        TestHttp.Response response = device().post("/api/jobs/collect?wait=true", body, auth);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode item = response.json().path("items").get(0);
        assertThat(item.path("outcome").asString()).as(response.body()).isEqualTo("stored");
        return item.path("jobId").asString();
    }

    @Test
    void theEndpointsAndTheirFilterParametersAreInTheOpenApiDocument() {
        JsonNode paths = device().get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/api/resumes").has("post")).isTrue();
        assertThat(paths.has("/api/resumes/{id}/original")).isTrue();
        assertThat(paths.path("/api/match").has("post")).isTrue();
        assertThat(paths.has("/api/results/{id}")).isTrue();
        assertThat(paths.path("/api/jobs/search").path("get").path("parameters").valueStream()
                .map(parameter -> parameter.path("name").asString()).toList())
                .contains("q", "remote", "salaryMin", "postedSince", "includeDuplicates", "page", "size");
    }

    private static void assertProblem(Upload upload, int status, String reason) {
        assertThat(upload.status()).as(upload.body()).isEqualTo(status);
        assertThat(upload.contentType()).startsWith("application/problem+json");
        assertThat(upload.json().path("field").asString()).isEqualTo("file");
        assertThat(upload.json().path("reason").asString()).isEqualTo(reason);
        assertThat(upload.json().path("detail").asString()).isNotBlank();
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private static Map<String, String> user(String id) {
        return bearer(tokenFor(id, "user"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    record Upload(int status, String contentType, String body, byte[] sent) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Upload upload(byte[] content, String fileName, Map<String, String> auth) throws Exception {
        String boundary = "----careergpt-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/resumes"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        auth.forEach(request::header);
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new Upload(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), content);
    }
}
