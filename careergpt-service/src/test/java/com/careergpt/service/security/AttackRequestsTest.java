package com.careergpt.service.security;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.careergpt.common.jwt.JwtKeyRing;
import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;

import io.jsonwebtoken.Jwts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.careergpt.service.support.GatewayTestSupport.INTERNAL_TOKEN;
import static com.careergpt.service.support.GatewayTestSupport.JWT_SECRET;
import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.port;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests of a security review against a running gateway and identity-service, each of which once got through
 * (issue 16): path spellings that reached admin and internal endpoints, pages served without their headers, tokens
 * living too long, unbounded bodies, Tomcat's own HTML errors. Each is refused here, with a problem document; the
 * plain spelling of each request is checked to work, so a refusal means the spelling, not a broken endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AttackRequestsTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final String FUNNEL_QUERY = "?from=2026-11-01&to=2026-11-30";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    static Stream<String> adminPathSpellings() {
        return Stream.of("/api/admin;x/usage", "/api;x/admin/usage", "/api/%61dmin/logs", "/api/admin/usage;jsessionid=1",
                "/api/admin%2Fusage", "//api/admin/usage", "/api/./admin/usage", "/api/x/../admin/usage",
                "/api/%2e/admin/usage", "/api/admin/%2e%2e/admin/usage", "/api/%2561dmin/usage", "/api/admin%5Cusage",
                "/api/admin/usage/", "/api/ADMIN/usage", "/api/admin/test-ping;x", "/api/admin/test-ping%00");
    }

    @ParameterizedTest(name = "anonymous GET {0}")
    @MethodSource("adminPathSpellings")
    void noSpellingOfAnAdminPathAnswersWithoutAnAdminToken(String path) {
        TestHttp.Response anonymous = http().get(path);
        assertThat(anonymous.status()).as(path).isBetween(400, 499);
        assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");

        TestHttp.Response user = http().get(path, bearer(tokenFor("user-" + UUID.randomUUID(), "user")));
        assertThat(user.status()).as(path).isBetween(400, 499);
        assertThat(user.contentType()).as(path).startsWith("application/problem+json");
    }

    @Test
    void thePlainAdminPathAnswersAnAdminAndRefusesOthersWithTheirProblem() {
        assertThat(http().get("/api/admin/test-ping", bearer(tokenFor("admin-1", "admin"))).status()).isEqualTo(200);
        assertThat(http().get("/api/admin/%74est-ping", bearer(tokenFor("admin-1", "admin"))).status()).isEqualTo(200);

        TestHttp.Response anonymous = http().get("/api/admin/test-ping");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problemType()).isEqualTo("identity-required");
        TestHttp.Response user = http().get("/api/admin/test-ping", bearer(tokenFor("user-2", "user")));
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.problemType()).isEqualTo("admin-required");
        TestHttp.Response encodedUser = http().get("/api/%61dmin/test-ping", bearer(tokenFor("user-2", "user")));
        assertThat(encodedUser.status()).isEqualTo(403);
    }

    @Test
    void routingRulesCannotBeRewrittenOrDeletedThroughAnotherSpelling() {
        String routes = "{\"rules\":[]}";
        String user = tokenFor("user-3", "user");
        for (String path : List.of("/api/admin;x/llm/routes", "/api;x/admin/llm/routes", "/api/%61dmin/llm/routes")) {
            assertThat(http().send(path, "PUT", routes, bearer(user)).status()).as(path).isBetween(400, 403);
            assertThat(http().send(path, "DELETE", null, Map.of()).status()).as(path).isBetween(400, 401);
        }
        assertThat(http().send("/api/admin/llm/routes", "DELETE", null, Map.of()).status()).isEqualTo(401);
        assertThat(http().send("/api/admin/llm/routes", "PUT", routes, bearer(user)).status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "GET {0} on identity-service")
    @ValueSource(strings = { "/internal;x/usage/funnel", "/%69nternal/usage/funnel", "/internal/usage/funnel;x",
            "/internal%2Fusage/funnel", "//internal/usage/funnel", "/internal/usage/funnel" })
    void identitysInternalApiAnswersOnlyTheServiceTokenWhateverTheSpelling(String spelling) {
        String path = spelling + FUNNEL_QUERY;
        TestHttp direct = new TestHttp(port(IDENTITY), null);
        TestHttp.Response answer = direct.get(path);
        assertThat(answer.status()).as(path).isBetween(400, 403);
        assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        assertThat(direct.get(path, Map.of("X-Internal-Token", "a-guess-of-the-token-0123456789-abcdef")).status())
                .as(path).isBetween(400, 403);
    }

    @Test
    void theInternalApiStillAnswersTheGateway() {
        TestHttp gateway = new TestHttp(port(IDENTITY), null);
        assertThat(gateway.get("/internal/usage/funnel" + FUNNEL_QUERY, Map.of("X-Internal-Token", INTERNAL_TOKEN)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/demo.html;x", "/;x", "/admin;x", "/admin.html;x", "/demo.html%3Bx" })
    void pagesAreNotServedUnderAnotherSpelling(String path) {
        TestHttp.Response page = http().get(path);
        assertThat(page.status()).as(path).isNotEqualTo(200);
        assertThat(page.contentType()).as(path).doesNotStartWith("text/html");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", "/demo.html", "/admin", "/admin.html", "/demo.html?x=1", "/api/jobs", "/nowhere" })
    void everyResponseCarriesThePolicyAndCannotBeFramed(String path) {
        TestHttp.Response answer = http().get(path);
        assertThat(answer.header("Content-Security-Policy")).as(path).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(answer.header("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(answer.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(path).hasValue("no-referrer");
    }

    @Test
    void tokensSignedWithTheRealSecretButLivingTooLongOrIssuedLaterAreRefused() {
        Instant now = Instant.now();
        String century = signed(now, now.plus(Duration.ofDays(36_500)));
        String fromTheFuture = signed(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
        String fine = signed(now, now.plus(Duration.ofMinutes(30)));
        assertThat(http().get("/api/test/mine", bearer(fine)).status()).isEqualTo(200);
        for (String token : List.of(century, fromTheFuture)) {
            TestHttp.Response answer = http().get("/api/test/mine", bearer(token));
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.problemType()).isEqualTo("invalid-token");
            assertThat(answer.json().path("next").asString()).isEqualTo("refresh");
        }
    }

    private static String signed(Instant issuedAt, Instant expiresAt) {
        JwtKeyRing keys = JwtKeyRing.fromBase64(JWT_SECRET, List.of());
        return Jwts.builder().header().keyId(keys.signingKid()).and()
                .subject("user-" + UUID.randomUUID()).issuer("careergpt-identity").audience().add("careergpt").and()
                .issuedAt(Date.from(issuedAt)).expiration(Date.from(expiresAt))
                .claim("state", "verified").claim("role", "admin")
                .signWith(keys.signingKey(), Jwts.SIG.HS256).compact();
    }

    @Test
    void aBodyAnnouncedAboveTheCapIsRefusedBeforeItIsSent() {
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/analyze HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n", "{\"task\":".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.head()).contains("content-type: application/problem+json");
        assertThat(answer.body()).contains("body-too-large");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheCap() throws Exception {
        byte[] huge = ("{\"text\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("body-too-large");
    }

    @Test
    void identityServiceCapsBodiesToo() {
        RawHttp.Answer answer = RawHttp.send(port(IDENTITY), "POST /auth/email HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n", "{".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("body-too-large");
    }

    @Test
    void oversizedHeadersAndUrlsGetAProblemNotTomcatsPage() {
        for (int target : List.of(port, port(IDENTITY))) {
            RawHttp.Answer bigHeader = RawHttp.send(target, "GET /api/jobs HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                    + "a".repeat(20_000) + "\r\n\r\n", new byte[0]);
            assertThat(bigHeader.status()).isEqualTo(400);
            assertThat(bigHeader.head()).contains("content-type: application/problem+json");
            assertThat(bigHeader.body()).contains("request-rejected").doesNotContain("<html");

            RawHttp.Answer longUrl = RawHttp.send(target, "GET /api/jobs?q=" + "a".repeat(20_000)
                    + " HTTP/1.1\r\nHost: localhost\r\n\r\n", new byte[0]);
            assertThat(longUrl.status()).isBetween(400, 414);
            assertThat(longUrl.head()).contains("content-type: application/problem+json");
        }
    }

    @Test
    void aRequestTheGuestCouldNotBindCostsNothing() {
        TestHttp guest = GatewayTestSupport.device(port);
        guest.post("/auth/guest", null);
        TestHttp.Response malformed = guest.post("/api/analyze", "{\"task\":");
        assertThat(malformed.status()).isEqualTo(400);
        TestHttp.Response unknownTask = guest.post("/api/analyze", "{\"task\":\"no-such-task\",\"text\":\"x\"}");
        assertThat(unknownTask.status()).isEqualTo(400);

        TestHttp.Response action = guest.post("/api/test/actions", "{}");
        assertThat(action.status()).isEqualTo(200);
        assertThat(guest.post("/api/test/actions", "{}").problemType()).isEqualTo("email-required");
    }

    @Test
    void anActionThatRanCostsTheFreeActionEvenWhenItsAnswerCannotBeWritten() {
        TestHttp guest = GatewayTestSupport.device(port);
        guest.post("/auth/guest", null);
        TestHttp.Response unwritable = guest.post("/api/test/actions", "{}", Map.of("Accept", "application/xml"));
        assertThat(unwritable.status()).isEqualTo(406);

        TestHttp.Response next = guest.post("/api/test/actions", "{}");
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.problemType()).isEqualTo("email-required");
    }

    @Test
    void aGuestCannotSaveASourceThatRunsForEverAndTheRefusalCostsNothing() {
        TestHttp guest = GatewayTestSupport.device(port);
        guest.post("/auth/guest", null);
        TestHttp.Response refused = guest.post("/api/sources", "{\"kind\":\"url\",\"url\":\"https://jobs.example/1\"}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("sign-in-required");
        assertThat(guest.post("/api/test/actions", "{}").status()).isEqualTo(200);
    }

    @Test
    void anonymousBodiesAreRefusedBeforeTheyAreRead() {
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/webhooks HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 9\r\n\r\n", "{\"events\"".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as("401, not the 400 of a body that was parsed").isEqualTo(401);
        assertThat(answer.body()).contains("identity-required");
        for (String path : List.of("/api/webhooks", "/api/%61nalyze", "/api/jobs/collect", "/api/resumes")) {
            assertThat(http().post(path, "{\"events\":[").status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void multipartBodiesGetTheUploadCapOnlyWhereUploadsGo() {
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/webhooks HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 10485760\r\n\r\n", new byte[0]);
        assertThat(answer.status()).isEqualTo(413);
    }

    private TestHttp http() {
        return new TestHttp(port, null);
    }
}
