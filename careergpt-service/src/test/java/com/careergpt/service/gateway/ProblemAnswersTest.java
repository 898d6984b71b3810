package com.careergpt.service.gateway;

import java.util.Map;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.SharedIdentityGateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.port;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors the framework raises before any controller code (an unknown path, a body that is not JSON, a parameter of
 * the wrong kind) answer a problem of the catalog on both services, with a detail free of parser and class names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemAnswersTest extends SharedIdentityGateway {

    @Test
    void anUnknownPathIsANotFoundProblemOnBothServices() {
        TestHttp.Response gateway = gateway().get("/api/nope", bearer(tokenFor("user-1", "user")));
        TestHttp.Response identity = identity().get("/auth/nope");

        for (TestHttp.Response answer : new TestHttp.Response[] { gateway, identity }) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.problemType()).as(answer.body()).isEqualTo("not-found");
            assertThat(answer.json().path("title").asString()).isEqualTo("Not found");
            assertReadable(answer);
        }
        assertThat(gateway.json().path("detail").asString()).isEqualTo("Nothing answers GET /api/nope.");
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedBodyProblemOnBothServices() {
        TestHttp.Response gateway = gateway().post("/api/match", "{\"resumeId\": ", bearer(tokenFor("user-2", "user")));
        TestHttp guest = identity();
        guest.post("/auth/guest", null);
        TestHttp.Response identity = guest.post("/auth/email", "{email: nobody@example.com}");

        for (TestHttp.Response answer : new TestHttp.Response[] { gateway, identity }) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.problemType()).as(answer.body()).isEqualTo("malformed-body");
            assertThat(answer.json().path("detail").asString()).startsWith("The request body is not valid JSON (line 1");
            assertReadable(answer);
        }
    }

    @Test
    void aJsonValueOfTheWrongKindNamesItsField() {
        TestHttp.Response answer = gateway().post("/api/match", "{\"resumeId\": \"r-1\", \"limit\": \"ten\"}",
                bearer(tokenFor("user-3", "user")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("invalid-request");
        assertThat(answer.json().path("field").asString()).isEqualTo("limit");
        assertThat(answer.json().path("detail").asString()).isEqualTo("limit must be a whole number.");
        assertReadable(answer);
    }

    @Test
    void aQueryParameterOfTheWrongKindNamesItsFieldAndTheExpectedForm() {
        Map<String, String> admin = bearer(tokenFor("admin-1", "admin"));
        TestHttp.Response date = gateway().get("/api/admin/usage?from=yesterday", admin);
        TestHttp.Response number = gateway().get("/api/jobs?size=ten", admin);
        TestHttp.Response filterDate = gateway().get("/api/analytics/market?from=2026-13-45", admin);

        assertThat(date.status()).isEqualTo(400);
        assertThat(date.problemType()).isEqualTo("invalid-parameter");
        assertThat(date.json().path("field").asString()).isEqualTo("from");
        assertThat(date.json().path("detail").asString()).isEqualTo("from must be a date like 2026-01-31.");
        assertThat(number.problemType()).isEqualTo("invalid-parameter");
        assertThat(number.json().path("detail").asString()).isEqualTo("size must be a whole number.");
        assertThat(filterDate.status()).isEqualTo(400);
        assertThat(filterDate.problemType()).isEqualTo("invalid-parameter");
        assertThat(filterDate.json().path("field").asString()).isEqualTo("from");
        assertThat(filterDate.json().path("detail").asString()).isEqualTo("from must be a date like 2026-01-31.");
        TestHttp.Response spendDate = gateway().get("/api/admin/llm/spend?from=2026-13-01", admin);
        assertThat(spendDate.problemType()).isEqualTo("invalid-request");
        assertThat(spendDate.json().path("field").asString()).isEqualTo("from");
        assertThat(spendDate.json().path("detail").asString()).isEqualTo("from must be a date like 2026-01-31.");
        for (TestHttp.Response answer : new TestHttp.Response[] { date, number, filterDate, spendDate }) {
            assertReadable(answer);
        }
    }

    @Test
    void aQueryParameterOutOfItsBoundsNamesItWithTheSameProblemOnEveryListing() {
        Map<String, String> user = bearer(tokenFor("user-7", "user"));
        Map<String, String> admin = bearer(tokenFor("admin-4", "admin"));
        String pageOutOfBounds = "page must be between 0 and 21474835.";
        String sizeOver100 = "size must be between 1 and 100.";

        assertBadParameter(gateway().get("/api/jobs?page=-1", user), "page", pageOutOfBounds);
        assertBadParameter(gateway().get("/api/results?size=0", user), "size", sizeOver100);
        assertBadParameter(gateway().get("/api/resumes?size=101", user), "size", sizeOver100);
        assertBadParameter(gateway().get("/api/collections?page=-2", user), "page", pageOutOfBounds);
        assertBadParameter(gateway().get("/api/jobs?page=21474837&size=100", user), "page", pageOutOfBounds);
        assertBadParameter(gateway().get("/api/jobs/search?q=kotlin&page=50&size=20", user), "page",
                "page * size must stay below 1000: only the first 1000 results can be paged through.");
        assertBadParameter(gateway().get("/api/admin/alerts?status=closed", admin), "status",
                "status must be open, resolved or all.");
        assertBadParameter(gateway().get("/api/admin/alerts?limit=0", admin), "limit",
                "limit must be between 1 and 500.");
        assertBadParameter(gateway().get("/api/admin/errors?limit=501", admin), "limit",
                "limit must be between 1 and 500.");
        assertBadParameter(gateway().get("/api/admin/logs?size=201", admin), "size",
                "size must be between 1 and 200.");
        assertThat(gateway().get("/api/resumes?page=0&size=100", user).status()).isEqualTo(200);
    }

    @Test
    void queryObjectsDeclareHowTheirParametersFitTogether() {
        Map<String, String> user = bearer(tokenFor("user-8", "user"));
        Map<String, String> admin = bearer(tokenFor("admin-5", "admin"));

        assertBadParameter(gateway().get("/api/jobs?salaryMin=90000&salaryMax=50000", user), "salaryMin",
                "salaryMin must not exceed salaryMax.");
        assertBadParameter(gateway().get("/api/jobs/search?q=kotlin&salaryMin=2&salaryMax=1", user), "salaryMin",
                "salaryMin must not exceed salaryMax.");
        assertBadParameter(gateway().get("/api/analytics/market?compareTo=2026-01-01", user), "compareFrom",
                "Give both compareFrom and compareTo, or neither.");
        assertBadParameter(gateway().get("/api/analytics/market?location=" + "x".repeat(201), user), "location",
                "location is longer than 200 characters.");
        assertBadParameter(gateway().get("/api/admin/logs?kind=audit", admin), "kind",
                "kind must be one of request, event, llm.");
        assertBadParameter(gateway().get("/api/admin/logs/stream?status=99", admin), "status",
                "status must be an HTTP status between 100 and 599.");
        assertBadParameter(gateway().get("/api/admin/logs?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", admin),
                "to", "to must be after from.");
        assertBadParameter(gateway().get("/api/admin/logs?minLatencyMs=500&maxLatencyMs=100&size=10", admin),
                "minLatencyMs", "minLatencyMs must not exceed maxLatencyMs.");
        assertBadParameter(gateway().get("/api/admin/logs?status=oops", admin), "status",
                "status must be a whole number.");
    }

    private static void assertBadParameter(TestHttp.Response answer, String field, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.problemType()).as(answer.body()).isEqualTo("invalid-parameter");
        assertThat(answer.json().path("title").asString()).isEqualTo("Invalid parameter");
        assertThat(answer.json().path("field").asString()).as(answer.body()).isEqualTo(field);
        assertThat(answer.json().path("detail").asString()).isEqualTo(detail);
        assertThat(answer.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as("every declared rule answers with the list of fields at fault: " + answer.body()).contains(field);
        assertReadable(answer);
    }

    @Test
    void aMethodThePathDoesNotTakeIsAMethodNotAllowedProblem() {
        TestHttp.Response answer = gateway().send("/api/jobs", "PATCH", "{}", bearer(tokenFor("user-4", "user")));

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.problemType()).isEqualTo("method-not-allowed");
    }

    @Test
    void aBrokenConstraintOfARequestBodyNamesTheFieldWithTheEndpointsProblemType() {
        Map<String, String> user = bearer(tokenFor("user-5", "user"));
        TestHttp.Response noResume = gateway().post("/api/match", "{}", user);
        TestHttp.Response limit = gateway().post("/api/match", "{\"resumeId\":\"r-1\",\"limit\":500}", user);
        TestHttp.Response blankUrl = gateway().post("/api/jobs/collect", "{\"urls\":[\"https://a.example\",\" \"]}",
                user);
        TestHttp.Response timeout = gateway().send("/api/admin/llm/routes", "PUT",
                "{\"task\":\"*\",\"route\":[{\"provider\":\"builtin\",\"timeoutMs\":5}]}",
                bearer(tokenFor("admin-2", "admin")));

        assertThat(noResume.status()).isEqualTo(400);
        assertThat(noResume.problemType()).isEqualTo("invalid-request");
        assertThat(noResume.json().path("field").asString()).isEqualTo("resumeId");
        assertThat(limit.problemType()).isEqualTo("invalid-request");
        assertThat(limit.json().path("field").asString()).isEqualTo("limit");
        assertThat(limit.json().path("detail").asString()).isEqualTo("limit must be between 1 and 50.");
        assertThat(blankUrl.status()).isEqualTo(400);
        assertThat(blankUrl.problemType()).isEqualTo("invalid-collect-request");
        assertThat(blankUrl.json().path("field").asString()).isEqualTo("urls[1]");
        assertThat(blankUrl.json().path("detail").asString()).isEqualTo("urls[1] must not be blank.");
        assertThat(timeout.status()).as(timeout.body()).isEqualTo(400);
        assertThat(timeout.problemType()).isEqualTo("invalid-route");
        assertThat(timeout.json().path("field").asString()).isEqualTo("route[0].timeoutMs");
        assertThat(timeout.json().path("detail").asString()).isEqualTo("A timeout is 100 to 600000 ms.");
    }

    @Test
    void anAnalysisNamesTheUnknownTaskOrTheInputThatIsNotAnObject() {
        Map<String, String> user = bearer(tokenFor("user-6", "user"));
        TestHttp.Response task = gateway().post("/api/analyze", "{\"task\":\"poetry\",\"text\":\"x\"}", user);
        TestHttp.Response job = gateway().post("/api/analyze", "{\"task\":\"job_summary\",\"job\":\"a text\"}", user);

        assertThat(task.status()).isEqualTo(400);
        assertThat(task.problemType()).isEqualTo("invalid-request");
        assertThat(task.json().path("field").asString()).isEqualTo("task");
        assertThat(task.json().path("detail").asString()).startsWith("Unknown task 'poetry'; use one of job_extract");
        assertThat(job.problemType()).isEqualTo("invalid-request");
        assertThat(job.json().path("field").asString()).isEqualTo("job");
        assertThat(job.json().path("detail").asString()).isEqualTo("job must be a JSON object.");
    }

    @Test
    void aMessageOfAConstraintCannotBeInjectedThroughTheValueItNames() {
        TestHttp.Response answer = gateway().send("/api/admin/llm/routes", "PUT",
                "{\"task\":\"${1+1}{max}\",\"route\":[{\"provider\":\"builtin\"}]}",
                bearer(tokenFor("admin-3", "admin")));

        assertThat(answer.problemType()).isEqualTo("invalid-route");
        assertThat(answer.json().path("field").asString()).isEqualTo("task");
        assertThat(answer.json().path("detail").asString()).startsWith("Unknown task '${1+1}{max}'");
    }

    /** What a person reads: no Java class, no parser's own message. */
    private static void assertReadable(TestHttp.Response answer) {
        assertThat(answer.body()).doesNotContain("java.", "tools.jackson", "JSON parse error", "Failed to",
                "Cannot deserialize", "Unexpected character", "static resource");
    }

    private TestHttp gateway() {
        return new TestHttp(port, null);
    }

    private static TestHttp identity() {
        return new TestHttp(port(identityService()), null);
    }
}
