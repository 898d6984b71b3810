package com.careergpt.service.mcp;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.requestlog.RequestLogWriter;
import com.careergpt.service.resumes.ResumeFiles;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.support.GatewayTestSupport;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server end to end, through the MCP Java SDK's own client over Streamable HTTP: a real identity-service,
 * SQLite, the bundled embedding model and the builtin provider; job pages served by a local fixture site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class McpServerTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final FixtureServer SITE = new FixtureServer();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int ACTIONS_PER_MINUTE = 12;

    @LocalServerPort
    int port;

    @Autowired
    RequestLogWriter requestLog;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
        SITE.scrapedBy(registry);
        registry.add("careergpt.gateway.user-requests-per-minute", () -> ACTIONS_PER_MINUTE);
        registry.add("careergpt.mcp.sessions-per-user", () -> 3);
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
        SITE.close();
    }

    @Test
    void theServerNamesItselfFromTheBuildAndDescribesEveryToolResourceAndPrompt() {
        try (McpSyncClient client = client(token("lister"))) {
            McpSchema.InitializeResult init = client.initialize();
            assertThat(init.serverInfo().name()).isEqualTo("careergpt");
            assertThat(init.serverInfo().version()).isNotBlank().doesNotContain("@");
            assertThat(init.instructions()).contains("search_jobs");

            List<Tool> tools = client.listTools().tools();
            assertThat(tools).extracting(Tool::name).containsExactlyInAnyOrder("search_jobs", "get_job",
                    "collect_jobs", "get_collection", "analyze", "match_resume", "market_stats", "list_results",
                    "get_result", "list_resumes");
            for (Tool tool : tools) {
                assertThat(tool.description()).as(tool.name()).isNotBlank();
                Map<?, ?> properties = (Map<?, ?>) tool.inputSchema().get("properties");
                properties.forEach((name, schema) -> assertThat(((Map<?, ?>) schema).get("description"))
                        .as(tool.name() + "." + name).isNotNull());
            }
            Tool getJob = tools.stream().filter(tool -> tool.name().equals("get_job")).findFirst().orElseThrow();
            assertThat(getJob.inputSchema().get("required")).isEqualTo(List.of("jobId"));
            assertThat(((Map<?, ?>) getJob.inputSchema().get("properties")).keySet()).isEqualTo(Set.of("jobId"));

            assertThat(client.listResourceTemplates().resourceTemplates())
                    .extracting(McpSchema.ResourceTemplate::uriTemplate)
                    .contains("careergpt://jobs/{id}", "careergpt://resumes/{id}", "careergpt://results/{id}");
            assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                    .contains("careergpt://resumes", "careergpt://results");
            assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                    .containsExactlyInAnyOrder("tailor_resume", "interview_prep", "market_pay");
        }
    }

    @Test
    void withoutAVerifiedUsersTokenTheEndpointAnswers401WithABearerChallenge() {
        String initialize = """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                 "capabilities":{},"clientInfo":{"name":"curl","version":"1"}}}""";
        Map<String, String> accept = Map.of("Accept", "application/json, text/event-stream");

        TestHttp.Response none = device().post("/mcp", initialize, accept);
        assertThat(none.status()).isEqualTo(401);
        String challenge = none.header("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer realm=\"careergpt\"");
        String metadataUrl = challenge.replaceAll(".*resource_metadata=\"([^\"]+)\".*", "$1");
        assertThat(metadataUrl).isEqualTo("http://localhost:" + port + "/.well-known/oauth-protected-resource/mcp");
        assertThat(none.problemType()).isEqualTo("token-required");
        JsonNode metadata = device().get(metadataUrl.substring(metadataUrl.indexOf("/.well-known"))).json();
        assertThat(metadata.path("resource").asString()).isEqualTo("http://localhost:" + port + "/mcp");
        assertThat(strings(metadata.path("bearer_methods_supported"))).containsExactly("header");

        Map<String, String> forged = new HashMap<>(accept);
        forged.put("Authorization", "Bearer not-a-token");
        TestHttp.Response invalid = device().post("/mcp", initialize, forged);
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.header("WWW-Authenticate").orElseThrow()).startsWith("Bearer ")
                .contains("error=\"invalid_token\"");
        assertThat(invalid.problemType()).isEqualTo("invalid-token");

        TestHttp guest = device();
        guest.post("/auth/guest", null);
        assertThat(guest.cookie("identity_id")).isPresent();
        TestHttp.Response asGuest = guest.post("/mcp", initialize, accept);
        assertThat(asGuest.status()).isEqualTo(401);
        assertThat(asGuest.problemType()).isEqualTo("token-required");

        try (McpSyncClient client = client(null)) {
            assertThatThrownBy(client::initialize).rootCause()
                    .isInstanceOfSatisfying(McpHttpClientTransportAuthorizationException.class,
                            refused -> assertThat(refused.getResponseInfo().statusCode()).isEqualTo(401));
        }
    }

    @Test
    void aSessionAnswersOnlyTheUserWhoOpenedIt() {
        Map<String, String> owner = mcpHeaders(token("session-owner"), null);
        TestHttp.Response opened = device().post("/mcp", """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                 "capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""", owner);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        String session = opened.header("Mcp-Session-Id").orElseThrow();
        String listTools = """
                {"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}""";

        TestHttp.Response hijacked = device().post("/mcp", listTools, mcpHeaders(token("session-thief"), session));
        assertThat(hijacked.status()).isEqualTo(404);
        assertThat(hijacked.problemType()).isEqualTo("session-not-found");
        TestHttp.Response own = device().post("/mcp", listTools, mcpHeaders(token("session-owner"), session));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("search_jobs");
    }

    @Test
    void oneUserHoldsAtMostTheSessionLimitAndAnUnknownSessionIdIsNotFound() {
        String initialize = """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                 "capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""";
        String hoarder = token("session-hoarder");
        String first = null;
        for (int i = 0; i < 3; i++) {
            TestHttp.Response opened = device().post("/mcp", initialize, mcpHeaders(hoarder, null));
            assertThat(opened.status()).as(opened.body()).isEqualTo(200);
            first = first == null ? opened.header("Mcp-Session-Id").orElseThrow() : first;
        }
        TestHttp.Response refused = device().post("/mcp", initialize, mcpHeaders(hoarder, null));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("too-many-sessions");
        assertThat(device().post("/mcp", initialize, mcpHeaders(token("someone-else"), null)).status())
                .as("the limit is per user").isEqualTo(200);

        assertThat(device().delete("/mcp", mcpHeaders(hoarder, first)).status()).isLessThan(300);
        assertThat(device().post("/mcp", initialize, mcpHeaders(hoarder, null)).status())
                .as("a deleted session no longer counts").isEqualTo(200);

        TestHttp.Response unknown = device().post("/mcp", """
                {"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}""",
                mcpHeaders(hoarder, "00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("session-not-found");
    }

    private static Map<String, String> mcpHeaders(String token, String session) {
        Map<String, String> headers = new HashMap<>(bearer(token));
        headers.put("Accept", "application/json, text/event-stream");
        headers.put("MCP-Protocol-Version", "2025-06-18");
        if (session != null) {
            headers.put("Mcp-Session-Id", session);
        }
        return headers;
    }

    @Test
    void aCollectionReportsProgressPerSourceAndItsJobsCanBeSearchedAndRead() {
        List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
        String collectionId;
        try (McpSyncClient client = client(token("collector"), progress)) {
            client.initialize();
            CallToolResult collected = client.callTool(new CallToolRequest("collect_jobs",
                    Map.of("urls", List.of(SITE.url("/jobs/ats-jsonld-backend.html"),
                            SITE.url("/jobs/german-labels-monthly-eur.html"))),
                    Map.of("progressToken", "collect-1")));
            JsonNode collection = ok(collected);
            assertThat(collection.path("status").asString()).isEqualTo("done");
            assertThat(collection.path("items")).hasSize(2);
            assertThat(collection.path("items").valueStream().map(item -> item.path("outcome").asString()))
                    .allMatch(outcome -> outcome.equals("stored") || outcome.equals("unchanged"));
            assertThat(progress).isNotEmpty();
            assertThat(progress).allMatch(note -> "collect-1".equals(note.progressToken()));
            ProgressNotification last = progress.get(progress.size() - 1);
            assertThat(last.progress()).isEqualTo(2.0);
            assertThat(last.total()).isEqualTo(2.0);
            String jobId = collection.path("items").get(0).path("jobId").asString();
            collectionId = collection.path("id").asString();

            JsonNode followed = ok(client.callTool(new CallToolRequest("get_collection",
                    Map.of("collectionId", collectionId))));
            assertThat(followed.path("done").asInt()).isEqualTo(2);

            JsonNode found = ok(client.callTool(new CallToolRequest("search_jobs", Map.of("company", "Larkspur"))));
            assertThat(found.path("items").valueStream().map(item -> item.path("id").asString())).contains(jobId);
            JsonNode semantic = ok(client.callTool(new CallToolRequest("search_jobs",
                    Map.of("query", "java backend developer", "semantic", true, "size", 5))));
            assertThat(semantic.path("items").get(0).has("similarity")).isTrue();
            assertThat(semantic.path("items").valueStream().map(item -> item.path("id").asString())).contains(jobId);

            JsonNode job = ok(client.callTool(new CallToolRequest("get_job", Map.of("jobId", jobId))));
            assertThat(job.path("title").asString()).isNotBlank();
            assertThat(job.path("descriptionMarkdown").asString()).isNotBlank();

            TextResourceContents markdown = (TextResourceContents) client.readResource(
                    new ReadResourceRequest("careergpt://jobs/" + jobId)).contents().get(0);
            assertThat(markdown.mimeType()).isEqualTo("text/markdown");
            assertThat(markdown.text()).startsWith("# " + job.path("title").asString())
                    .contains("- Job id: " + jobId).contains("## Description");

            assertProblem(client.callTool(new CallToolRequest("search_jobs", Map.of("remote", "on the moon"))),
                    "invalid-parameter", "remote");
            assertProblem(client.callTool(new CallToolRequest("search_jobs", Map.of("semantic", true))),
                    "invalid-parameter", "query");
            assertProblem(client.callTool(new CallToolRequest("search_jobs", Map.of("size", 500))),
                    "invalid-parameter", "size");
            assertProblem(client.callTool(new CallToolRequest("search_jobs",
                    Map.of("semantic", true, "query", "kotlin", "page", 50, "size", 20))), "invalid-parameter", "page");
            assertProblem(client.callTool(new CallToolRequest("search_jobs",
                    Map.of("salaryMin", 90000, "salaryMax", 50000))), "invalid-parameter", "salaryMin");
            CallToolResult wrongType = client.callTool(new CallToolRequest("search_jobs", Map.of("size", "lots")));
            assertThat(wrongType.isError()).isTrue();
            assertThat(((TextContent) wrongType.content().get(0)).text()).contains("/size").doesNotContain("\tat ");
            assertProblem(client.callTool(new CallToolRequest("search_jobs", Map.of("postedSince", "last week"))),
                    "invalid-parameter", "postedSince");
            assertProblem(client.callTool(new CallToolRequest("get_job", Map.of("jobId", "no-such-job"))),
                    "job-not-found", null);
            assertProblem(client.callTool(new CallToolRequest("collect_jobs", Map.of())),
                    "invalid-collect-request", "url");
            assertNotFound(() -> client.readResource(new ReadResourceRequest("careergpt://jobs/no-such-job")),
                    "job-not-found");
        }
        try (McpSyncClient stranger = client(token("collection-stranger"))) {
            stranger.initialize();
            assertProblem(stranger.callTool(new CallToolRequest("get_collection",
                    Map.of("collectionId", collectionId))),
                    "collection-not-found", "id");
        }
    }

    @Test
    void analysesMatchesAndResultsBelongToTheirOwnerAlone() {
        String owner = token("mcp-owner");
        String resumeId = device().post("/api/resumes", JSON.writeValueAsString(Map.of("text", ResumeFiles.text())),
                bearer(owner)).json().path("id").asString();
        String jobId = collectByRest(owner, SITE.url("/jobs/ats-jsonld-backend.html"));

        String resultId;
        try (McpSyncClient client = client(owner)) {
            client.initialize();
            JsonNode summary = ok(client.callTool(new CallToolRequest("analyze",
                    Map.of("task", "job_summary", "jobId", jobId))));
            resultId = summary.path("resultId").asString();
            assertThat(resultId).isNotBlank();
            assertThat(summary.path("provider").asString()).isEqualTo("builtin");

            JsonNode match = ok(client.callTool(new CallToolRequest("match_resume",
                    Map.of("resumeId", resumeId, "jobId", jobId))));
            assertThat(match.path("score").asInt()).isBetween(1, 99);
            assertThat(strings(match.path("matchedSkills"))).contains("Java");
            JsonNode ranking = ok(client.callTool(new CallToolRequest("match_resume",
                    Map.of("resumeId", resumeId, "limit", 3))));
            assertThat(ranking.path("items").size()).isBetween(1, 3);

            JsonNode results = ok(client.callTool(new CallToolRequest("list_results", Map.of())));
            assertThat(results.path("items").valueStream().map(item -> item.path("task").asString()))
                    .contains("job_summary", "match", "match_ranking");
            JsonNode one = ok(client.callTool(new CallToolRequest("get_result", Map.of("resultId", resultId))));
            assertThat(one.path("output").isObject()).isTrue();
            JsonNode resumes = ok(client.callTool(new CallToolRequest("list_resumes", Map.of())));
            assertThat(resumes.path("items").get(0).path("id").asString()).isEqualTo(resumeId);

            String resume = text(client.readResource(new ReadResourceRequest("careergpt://resumes/" + resumeId)));
            assertThat(resume).contains("Resume id: " + resumeId).contains("Java");
            assertThat(text(client.readResource(new ReadResourceRequest("careergpt://resumes")))).contains(resumeId);
            assertThat(text(client.readResource(new ReadResourceRequest("careergpt://results")))).contains(resultId);
            assertThat(text(client.readResource(new ReadResourceRequest("careergpt://results/" + resultId))))
                    .contains("job_summary");

            GetPromptResult tailor = client.getPrompt(new GetPromptRequest("tailor_resume", Map.of("jobId", jobId)));
            assertThat(promptText(tailor)).contains("match_resume").contains(resumeId).contains("## Description");
            GetPromptResult interview = client.getPrompt(new GetPromptRequest("interview_prep",
                    Map.of("jobId", jobId)));
            assertThat(promptText(interview)).contains("interview").contains(jobId);

            assertProblem(client.callTool(new CallToolRequest("analyze", Map.of("task", "horoscope"))),
                    "invalid-request", "task");
            assertProblem(client.callTool(new CallToolRequest("match_resume",
                    Map.of("resumeId", resumeId, "limit", 99))),
                    "invalid-request", "limit");
            assertProblem(client.callTool(new CallToolRequest("get_result", Map.of("resultId", "nope"))),
                    "result-not-found", null);
            assertProblem(client.callTool(new CallToolRequest("list_results", Map.of("size", 0))),
                    "invalid-parameter", "size");
            assertProblem(client.callTool(new CallToolRequest("list_resumes", Map.of("page", -1))),
                    "invalid-parameter", "page");
            assertProblem(client.callTool(new CallToolRequest("match_resume", Map.of("resumeId", " "))),
                    "invalid-request", "resumeId");
            assertProblem(client.callTool(new CallToolRequest("analyze", Map.of("task", "job_summary",
                    "jobId", "no-such-job"))), "job-not-found", null);
            assertNotFound(() -> client.getPrompt(new GetPromptRequest("interview_prep", Map.of("jobId", "nope"))),
                    "job-not-found");
        }

        try (McpSyncClient stranger = client(token("mcp-stranger"))) {
            stranger.initialize();
            CallToolResult foreignMatch = stranger.callTool(new CallToolRequest("match_resume",
                    Map.of("resumeId", resumeId, "jobId", jobId)));
            assertThat(problem(foreignMatch).path("type").asString()).endsWith("/resume-not-found");
            CallToolResult foreignAnalysis = stranger.callTool(new CallToolRequest("analyze",
                    Map.of("task", "resume_review", "resumeId", resumeId)));
            assertThat(problem(foreignAnalysis).path("status").asInt()).isEqualTo(404);
            assertProblem(stranger.callTool(new CallToolRequest("get_result", Map.of("resultId", resultId))),
                    "result-not-found", null);
            assertThat(ok(stranger.callTool(new CallToolRequest("list_results", Map.of()))).path("total").asInt())
                    .isZero();
            assertThat(ok(stranger.callTool(new CallToolRequest("list_resumes", Map.of()))).path("total").asInt())
                    .isZero();
            assertNotFound(() -> stranger.readResource(new ReadResourceRequest("careergpt://resumes/" + resumeId)),
                    "resume-not-found");
            assertNotFound(() -> stranger.getPrompt(new GetPromptRequest("tailor_resume",
                    Map.of("jobId", jobId, "resumeId", resumeId))), "resume-not-found");
            assertNotFound(() -> stranger.readResource(new ReadResourceRequest("careergpt://results/" + resultId)),
                    "result-not-found");
        }
    }

    @Test
    void marketStatisticsTakeTheRestFiltersAndThePayPromptCarriesTheSalaries() {
        try (McpSyncClient client = client(token("market-reader"))) {
            client.initialize();
            JsonNode market = ok(client.callTool(new CallToolRequest("market_stats", Map.of("limit", 5))));
            assertThat(market.has("total")).isTrue();
            assertThat(market.has("salaries")).isTrue();
            assertProblem(client.callTool(new CallToolRequest("market_stats",
                    Map.of("from", "2025-02-01", "to", "2025-01-01"))), "invalid-parameter", "from");
            assertProblem(client.callTool(new CallToolRequest("market_stats", Map.of("limit", 0))),
                    "invalid-parameter", "limit");

            GetPromptResult pay = client.getPrompt(new GetPromptRequest("market_pay",
                    Map.of("title", "backend engineer", "place", "Berlin")));
            assertThat(promptText(pay)).contains("backend engineer in Berlin").contains("Salaries:");
            assertThatThrownBy(() -> client.getPrompt(new GetPromptRequest("market_pay",
                    Map.of("title", "backend engineer", "place", "x".repeat(201))))).isInstanceOfSatisfying(McpError.class,
                    error -> {
                        assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                        JsonNode problem = JSON.valueToTree(error.getJsonRpcError().data());
                        assertThat(problem.path("type").asString()).endsWith("/invalid-parameter");
                        assertThat(problem.path("field").asString()).isEqualTo("location");
                    });
        }
    }

    @Test
    void actionsAreCountedLikeRestAndTheRateLimitIsAToolError() {
        try (McpSyncClient client = client(token("impatient-" + UUID.randomUUID()))) {
            client.initialize();
            for (int i = 0; i < ACTIONS_PER_MINUTE; i++) {
                assertProblem(client.callTool(new CallToolRequest("collect_jobs", Map.of("url", " "))),
                        "invalid-collect-request", "url");
            }
            JsonNode limited = problem(client.callTool(new CallToolRequest("collect_jobs", Map.of("url", " "))));
            assertThat(limited.path("type").asString()).endsWith("/rate-limited");
            assertThat(limited.path("status").asInt()).isEqualTo(429);
            assertThat(limited.path("retryAfterSeconds").asLong()).isPositive();
            assertThat(limited.path("detail").asString()).contains(ACTIONS_PER_MINUTE + " actions per minute");

            ok(client.callTool(new CallToolRequest("search_jobs", Map.of())));
        }
    }

    @Test
    void eachMcpCallIsInTheRequestLogUnderItsToolName() {
        String userId = "logged-" + UUID.randomUUID();
        try (McpSyncClient client = client(tokenFor(userId, "user"))) {
            client.initialize();
            ok(client.callTool(new CallToolRequest("search_jobs", Map.of())));
            problem(client.callTool(new CallToolRequest("get_job", Map.of("jobId", "missing"))));
        }
        requestLog.flush();
        Map<String, String> admin = bearer(tokenFor("log-admin", "admin"));
        JsonNode searches = device().get("/api/admin/logs?kind=request&path=/mcp/tools/call/search_jobs&userId="
                + userId, admin).json().path("items");
        assertThat(searches).hasSize(1);
        assertThat(searches.get(0).path("method").asString()).isEqualTo("POST");
        assertThat(searches.get(0).path("status").asInt()).isEqualTo(200);
        JsonNode reads = device().get("/api/admin/logs?kind=request&path=/mcp/tools/call/get_job&userId=" + userId,
                admin).json().path("items");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).path("message").asString()).contains("job-not-found");
        JsonNode all = device().get("/api/admin/logs?kind=request&path=/mcp/&userId=" + userId, admin).json()
                .path("items");
        assertThat(all.valueStream().map(line -> line.path("path").asString())).contains("/mcp/initialize");
    }

    private McpSyncClient client(String token) {
        return client(token, new ArrayList<>());
    }

    private McpSyncClient client(String token, List<ProgressNotification> progress) {
        HttpRequest.Builder requests = HttpRequest.newBuilder();
        if (token != null) {
            requests.header("Authorization", "Bearer " + token);
        }
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://localhost:" + port)
                .endpoint("/mcp")
                .requestBuilder(requests)
                .build();
        return McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(90))
                .initializationTimeout(Duration.ofSeconds(20))
                .progressConsumer(progress::add)
                .build();
    }

    private static JsonNode ok(CallToolResult result) {
        String text = ((TextContent) result.content().get(0)).text();
        assertThat(result.isError()).as(text).isFalse();
        return JSON.readTree(text);
    }

    private static JsonNode problem(CallToolResult result) {
        String text = ((TextContent) result.content().get(0)).text();
        assertThat(result.isError()).as(text).isTrue();
        assertThat(text).doesNotContain("\tat ").doesNotContain("Exception");
        return JSON.readTree(text);
    }

    private static void assertProblem(CallToolResult result, String type, String field) {
        JsonNode problem = problem(result);
        assertThat(problem.path("type").asString()).as(problem.toString()).endsWith("/" + type);
        assertThat(problem.path("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(problem.path("field").asString()).as(problem.toString()).isEqualTo(field);
        }
    }

    private static void assertNotFound(ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(McpError.class, error -> {
            assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
            assertThat(JSON.valueToTree(error.getJsonRpcError().data()).path("type").asString()).endsWith("/" + type);
            assertThat(error.getMessage()).doesNotContain("com.careergpt");
        });
    }

    private static String text(McpSchema.ReadResourceResult result) {
        return ((TextResourceContents) result.contents().get(0)).text();
    }

    private static String promptText(GetPromptResult prompt) {
        return ((TextContent) prompt.messages().get(0).content()).text();
    }

    private String collectByRest(String token, String url) {
        TestHttp.Response response = device().post("/api/jobs/collect?wait=true",
                JSON.writeValueAsString(Map.of("url", url)), bearer(token));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items").get(0).path("jobId").asString();
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private static String token(String userId) {
        return tokenFor(userId, "user");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
