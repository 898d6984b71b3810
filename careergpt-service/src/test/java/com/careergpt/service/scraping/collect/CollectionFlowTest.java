package com.careergpt.service.scraping.collect;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.support.GatewayTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Collections end to end: a real identity-service, the real fetchers against a local fixture server, SQLite. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CollectionFlowTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final FixtureServer SITE = new FixtureServer();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
        SITE.scrapedBy(registry);
        SITE.page("/v1/boards/larkspur/jobs", 200, "application/json", FixtureServer.fixture("feeds/greenhouse-board-jobs.json"));
        SITE.page("/v0/postings/tidewaterlearning", 200, "application/json", FixtureServer.fixture("feeds/lever-postings.json"));
        SITE.page("/files/report.pdf", 200, "application/pdf", "%PDF-1.4 not a job page");
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
        SITE.close();
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private Map<String, String> user(String id) {
        return bearer(tokenFor(id, "user"));
    }

    private JsonNode collect(Map<String, String> auth, String body) {
        TestHttp.Response response = device().post("/api/jobs/collect?wait=true", body, auth);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String urls(String... urls) {
        return "{\"urls\":" + JSON.writeValueAsString(List.of(urls)) + "}";
    }

    @Test
    void aBatchReportsEveryOutcomeAndGoesOnPastFailures() {
        Map<String, String> auth = user("batch-user");
        JsonNode collection = collect(auth, urls(
                SITE.url("/jobs/ats-jsonld-backend.html"),
                SITE.url("/jobs/syndicated-copy-of-ats-jsonld-backend.html"),
                SITE.url("/jobs/blog-post-not-a-job.html"),
                SITE.url("/jobs/missing.html"),
                "ht tp://not a url",
                SITE.url("/files/report.pdf"),
                SITE.url("/jobs/microdata-contract-hourly-gbp.html")));

        assertThat(collection.path("status").asString()).isEqualTo("done");
        assertThat(collection.path("done").asInt()).isEqualTo(7);
        assertThat(collection.path("total").asInt()).isEqualTo(7);
        List<String> outcomes = collection.path("items").valueStream().map(item -> item.path("outcome").asString()).toList();
        assertThat(outcomes).containsExactly("stored", "duplicate", "no_job", "failed", "failed", "failed", "stored");

        JsonNode items = collection.path("items");
        String original = items.get(0).path("jobId").asString();
        assertThat(items.get(1).path("duplicateOf").asString()).isEqualTo(original);
        assertThat(items.get(2).path("reason").asString()).containsIgnoringCase("no job");
        assertThat(items.get(3).path("reason").asString()).contains("404");
        assertThat(items.get(4).path("reason").asString()).containsIgnoringCase("malformed");
        assertThat(items.get(5).path("reason").asString()).containsIgnoringCase("html");

        JsonNode job = device().get("/api/jobs/" + original, auth).json();
        assertThat(job.path("title").asString()).isEqualTo("Senior Java Platform Engineer");
        assertThat(job.path("company").asString()).isEqualTo("Larkspur Freight");
        assertThat(job.path("location").path("country").asString()).isEqualTo("DE");
        assertThat(job.path("salary").path("min").asInt()).isEqualTo(82000);
        assertThat(job.path("salary").path("currency").asString()).isEqualTo("EUR");
        assertThat(job.path("canonicalUrl").asString()).isEqualTo("https://jobs.example-ats.com/larkspur/jobs/5120733");
        assertThat(job.path("skills").valueStream().map(JsonNode::asString).toList()).contains("Java", "RabbitMQ", "Kubernetes");
        assertThat(job.path("provenance").path("fetcher").asString()).isEqualTo("static");

        JsonNode cluster = JSON.readTree(device().get("/api/jobs/" + original + "/duplicates", auth).body());
        assertThat(cluster.size()).isEqualTo(2);

        JsonNode raw = device().get("/api/jobs/" + original + "/raw", auth).json();
        assertThat(raw.path("body").asString()).contains("Larkspur Freight moves refrigerated cargo");

        TestHttp.Response analysis = device().post("/api/analyze",
                "{\"task\":\"job_summary\",\"jobId\":\"" + original + "\"}", auth);
        assertThat(analysis.status()).as(analysis.body()).isEqualTo(200);
        assertThat(analysis.json().path("provider").asString()).isEqualTo("builtin");
        assertThat(analysis.json().path("output").path("mustHaveSkills").valueStream().map(JsonNode::asString).toList())
                .contains("Java", "RabbitMQ");
    }

    @Test
    void recollectingAnUnchangedPageOnlyMovesLastSeen() throws InterruptedException {
        Map<String, String> auth = user("repeat-user");
        String url = SITE.url("/jobs/german-prose-salary.html");
        JsonNode first = collect(auth, "{\"url\":\"" + url + "\"}").path("items").get(0);
        String jobId = first.path("jobId").asString();
        JsonNode before = device().get("/api/jobs/" + jobId, auth).json();
        Thread.sleep(20);

        JsonNode second = collect(auth, "{\"url\":\"" + url + "\"}").path("items").get(0);

        assertThat(second.path("outcome").asString()).isEqualTo("unchanged");
        assertThat(second.path("jobId").asString()).isEqualTo(jobId);
        JsonNode after = device().get("/api/jobs/" + jobId, auth).json();
        assertThat(after.path("firstSeen").asString()).isEqualTo(before.path("firstSeen").asString());
        assertThat(after.path("lastSeen").asString()).isNotEqualTo(before.path("lastSeen").asString());
    }

    @Test
    void jobBoardFeedsExpandIntoOneItemPerPosting() {
        Map<String, String> auth = user("feed-user");
        JsonNode collection = collect(auth, urls(SITE.url("/v1/boards/larkspur/jobs"), SITE.url("/v0/postings/tidewaterlearning")));

        assertThat(collection.path("total").asInt()).isEqualTo(3);
        assertThat(collection.path("done").asInt()).isEqualTo(3);
        List<String> sources = collection.path("items").valueStream().map(item -> item.path("url").asString()).toList();
        assertThat(sources).contains("https://jobs.example-ats.com/larkspur/jobs/5127810");
        collection.path("items").valueStream().forEach(item -> {
            assertThat(item.path("outcome").asString()).isIn("stored", "unchanged", "duplicate");
            assertThat(item.path("via").asString()).contains("localhost");
        });
        JsonNode page = device().get("/api/jobs?q=Analytics%20Engineer", auth).json();
        assertThat(page.path("items").valueStream().map(job -> job.path("title").asString()).toList())
                .contains("Analytics Engineer");
    }

    @Test
    void pastedTextAndHtmlAreCollectedWithoutFetching() {
        Map<String, String> auth = user("paste-user");
        String text = "Site Reliability Engineer at Fjordline AS\\nOslo, Norway (hybrid)\\nFull-time. NOK 700,000 - 850,000 per year.\\n"
                + "You will run Kubernetes and Terraform on GCP, write Go and Python, and own Prometheus alerting.";
        JsonNode fromText = collect(auth, "{\"text\":\"" + text + "\"}").path("items").get(0);
        assertThat(fromText.path("outcome").asString()).isEqualTo("stored");
        JsonNode job = device().get("/api/jobs/" + fromText.path("jobId").asString(), auth).json();
        assertThat(job.path("skills").valueStream().map(JsonNode::asString).toList()).contains("Kubernetes", "Terraform", "Go");
        assertThat(job.path("provenance").path("fetcher").asString()).isEqualTo("inline");

        String blog = JSON.writeValueAsString(Map.of("html", FixtureServer.fixture("jobs/blog-post-not-a-job.html")));
        JsonNode fromHtml = collect(auth, blog).path("items").get(0);
        assertThat(fromHtml.path("outcome").asString()).isEqualTo("no_job");
    }

    @Test
    void pastedHtmlAndTextKeepTheAddressTheyCameWithAndASiteRootCanonicalJoinsNoJobs() {
        Map<String, String> auth = user("paste-with-url-user");
        String template = "<html><head><meta property=\"og:url\" content=\"https://careers.example/\"></head><body><main>"
                + "<h1>%s</h1><dl><dt>Company</dt><dd>Harbour Freight Systems</dd><dt>Location</dt><dd>Rotterdam, Netherlands</dd>"
                + "<dt>Contract</dt><dd>Full-time</dd></dl><p>Requirements: %s. Apply now.</p></main></body></html>";
        String first = JSON.writeValueAsString(Map.of("html", template.formatted("Port Logistics Planner", "planning software and SAP"),
                "url", "https://careers.example/jobs/101"));
        String second = JSON.writeValueAsString(Map.of("html", template.formatted("Customs Data Analyst", "SQL and Power BI"),
                "url", "https://careers.example/jobs/202"));

        JsonNode one = collect(auth, first).path("items").get(0);
        JsonNode two = collect(auth, second).path("items").get(0);

        assertThat(one.path("outcome").asString()).isEqualTo("stored");
        assertThat(two.path("outcome").asString()).isEqualTo("stored");
        assertThat(two.path("jobId").asString()).isNotEqualTo(one.path("jobId").asString());
        JsonNode job = device().get("/api/jobs/" + one.path("jobId").asString(), auth).json();
        assertThat(job.path("canonicalUrl").asString()).isEqualTo("https://careers.example/jobs/101");
        assertThat(job.path("provenance").path("source").asString()).isEqualTo("https://careers.example/jobs/101");
        assertThat(job.path("title").asString()).isEqualTo("Port Logistics Planner");

        String text = JSON.writeValueAsString(Map.of("text", "Warehouse Team Lead at Harbour Freight Systems\nRotterdam, Netherlands\n"
                + "Full-time. Lead a team of twelve in the night shift.", "url", "https://careers.example/jobs/303"));
        JsonNode fromText = collect(auth, text).path("items").get(0);
        JsonNode textJob = device().get("/api/jobs/" + fromText.path("jobId").asString(), auth).json();
        assertThat(textJob.path("canonicalUrl").asString()).isEqualTo("https://careers.example/jobs/303");
    }

    @Test
    void aCollectionRunsInTheBackgroundWithProgressEvents() throws Exception {
        Map<String, String> auth = user("async-user");
        TestHttp.Response accepted = device().post("/api/jobs/collect",
                urls(SITE.url("/jobs/lever-remote-prose-salary.html"), SITE.url("/jobs/plain-facts-upto-relative-date.html")), auth);
        assertThat(accepted.status()).isIn(200, 202);
        String id = accepted.json().path("id").asString();
        assertThat(accepted.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/collections/" + id));

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/collections/" + id + "/events"))
                .header("Authorization", auth.get("Authorization")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        JsonNode last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("event:")) {
                    events.add(line.substring(6).trim());
                } else if (line.startsWith("data:")) {
                    last = JSON.readTree(line.substring(5));
                }
            }
        }
        assertThat(events).isNotEmpty().last().isEqualTo("done");
        assertThat(last.path("done").asInt()).isEqualTo(2);

        JsonNode status = device().get("/api/collections/" + id, auth).json();
        assertThat(status.path("status").asString()).isEqualTo("done");
        assertThat(device().get("/api/collections/" + id, user("someone-else")).status()).isEqualTo(404);
    }

    @Test
    void aGuestCollectsOnceThenIsAskedForAnEmail() {
        TestHttp guest = device();
        guest.post("/auth/guest", null);
        String body = "{\"text\":\"Barista at Bean There Ltd\\nLeeds, UK\\nPart-time, £12 per hour. Requirements: latte art.\"}";
        assertThat(guest.post("/api/jobs/collect", body).status()).isIn(200, 202);
        TestHttp.Response second = guest.post("/api/jobs/collect", body);
        assertThat(second.status()).isEqualTo(401);
        assertThat(second.problemType()).endsWith("email-required");
    }

    @Test
    void collectionsArePagedNewestFirst() {
        Map<String, String> auth = user("paging-user");
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> collect(auth, "{\"text\":\"Platform Engineer " + i
                + " at Paging Co\\nBerlin, Germany\\nKubernetes and Go.\"}").path("id").asString()).toList();

        JsonNode first = device().get("/api/collections?size=2", auth).json();
        assertThat(first.path("items").valueStream().map(item -> item.path("id").asString()).toList())
                .containsExactly(ids.get(2), ids.get(1));
        assertThat(first.path("items").get(0).path("status").asString()).isEqualTo("done");
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("total").asInt()).isEqualTo(3);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        JsonNode second = device().get("/api/collections?page=1&size=2", auth).json();
        assertThat(second.path("items").valueStream().map(item -> item.path("id").asString()).toList())
                .containsExactly(ids.get(0));
        assertThat(device().get("/api/collections", auth).json().path("size").asInt()).isEqualTo(20);
        assertThat(device().get("/api/collections", user("paging-stranger")).json().path("total").asInt()).isZero();

        assertProblem(device().get("/api/collections?size=1000", auth), "size");
        assertProblem(device().get("/api/collections?size=0", auth), "size");
        assertProblem(device().get("/api/collections?page=-1", auth), "page");
    }

    @Test
    void badRequestsNameTheFieldAtFault() {
        Map<String, String> auth = user("bad-input-user");
        assertProblem(device().post("/api/jobs/collect", "{}", auth), "url");
        assertProblem(device().post("/api/jobs/collect", "{\"url\":\"https://a.example\",\"urls\":[\"https://b.example\"]}", auth), "url");
        assertProblem(device().post("/api/jobs/collect", "{\"url\":\"not an address\",\"text\":\"x\"}", auth), "url");
        assertProblem(device().post("/api/jobs/collect", "{\"url\":\"https://a.example\",\"render\":\"magic\"}", auth), "render");
        assertProblem(device().post("/api/jobs/collect", "{\"urls\":[]}", auth), "urls");
        String tooMany = urls(IntStream.range(0, 51).mapToObj(i -> "https://a.example/" + i).toArray(String[]::new));
        assertProblem(device().post("/api/jobs/collect", tooMany, auth), "urls");
        assertProblem(device().get("/api/jobs?remote=sometimes", auth), "remote");
        assertProblem(device().get("/api/jobs?size=1000", auth), "size");
        assertProblem(device().get("/api/jobs?salaryMin=lots", auth), "salaryMin");
        assertProblem(device().get("/api/jobs?postedSince=yesterday", auth), "postedSince");
        assertThat(device().get("/api/jobs/no-such-job", auth).status()).isEqualTo(404);
    }

    @Test
    void jobsCanBeFilteredBySkillAliasLocationAndRemoteMode() {
        Map<String, String> auth = user("filter-user");
        collect(auth, urls(SITE.url("/jobs/lever-remote-prose-salary.html"), SITE.url("/jobs/german-prose-salary.html")));

        List<String> kubernetes = titles(device().get("/api/jobs?skill=k8s", auth).json());
        assertThat(kubernetes).contains("Cloud Engineer").doesNotContain("Mobile Engineer");
        assertThat(titles(device().get("/api/jobs?remote=remote", auth).json())).contains("Mobile Engineer")
                .doesNotContain("Cloud Engineer");
        assertThat(titles(device().get("/api/jobs?location=Dresden", auth).json())).contains("Cloud Engineer")
                .doesNotContain("Mobile Engineer");
        assertThat(titles(device().get("/api/jobs?salaryMin=100000&currency=USD", auth).json())).contains("Mobile Engineer");
        JsonNode page = device().get("/api/jobs?size=1", auth).json();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("totalItems").asLong()).as("the deprecated alias").isEqualTo(page.path("total").asLong());
    }

    private static List<String> titles(JsonNode page) {
        return page.path("items").valueStream().map(job -> job.path("title").asString()).toList();
    }

    private static void assertProblem(TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo(field);
    }
}
