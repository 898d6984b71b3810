package com.careergpt.service.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.careergpt.service.support.GatewayTestSupport.device;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.port;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * careergpt-service's OpenAPI document as a new user reads it in Swagger UI (issue 21): titled, with the Authorize
 * button for the operations that need a caller, no internal parameters, the forwarded {@code /auth/**} operations,
 * and one paging shape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    static final String AUTH_SNAPSHOT = "openapi/identity-auth.json";

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<BuildProperties> build;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    JsonNode docs() {
        TestHttp.Response response = device(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void theDocumentIsTitledWithTheBuiltVersionAndTheLicence() {
        JsonNode info = docs().path("info");
        assertThat(info.path("title").asString()).isEqualTo("CareerGPT");
        assertThat(info.path("description").asString()).contains("problem+json");
        assertThat(info.path("version").asString()).isNotEqualTo("v0")
                .isEqualTo(build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion());
        assertThat(info.path("license").path("name").asString()).isEqualTo("Apache-2.0");
    }

    @Test
    void theResolvedCallerIsNoParameterOfAnyOperation() {
        JsonNode docs = docs();
        List<String> parameters = docs.path("paths").valueStream()
                .flatMap(JsonNode::valueStream)
                .flatMap(operation -> operation.path("parameters").valueStream())
                .map(parameter -> parameter.path("name").asString()).toList();
        assertThat(parameters).isNotEmpty().doesNotContain("caller");
        assertThat(docs.path("components").path("schemas").has("Caller")).isFalse();
    }

    @Test
    void operationsThatNeedACallerTakeABearerTokenOrTheGuestCookie() {
        JsonNode docs = docs();
        JsonNode schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer").path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.path("guest").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("guest").path("name").asString()).isEqualTo("identity_id");

        JsonNode paths = docs.path("paths");
        assertThat(securityOf(paths.path("/api/resumes").path("get"))).containsExactly("bearer", "guest");
        assertThat(securityOf(paths.path("/api/match").path("post"))).containsExactly("bearer", "guest");
        assertThat(securityOf(paths.path("/api/sources").path("post"))).containsExactly("bearer", "guest");
        assertThat(securityOf(paths.path("/api/admin/usage").path("get"))).containsExactly("bearer");
        assertThat(securityOf(paths.path("/api/admin/llm/routes").path("put"))).containsExactly("bearer");
        assertThat(securityOf(paths.path("/api/jobs").path("get"))).isEmpty();
        assertThat(securityOf(paths.path("/api/hooks/sources/{id}/run").path("post"))).isEmpty();
    }

    @Test
    void theAuthOperationsTheGatewayForwardsAreDescribedWithTheirSchemas() {
        JsonNode docs = docs();
        JsonNode paths = docs.path("paths");
        assertThat(paths.propertyNames()).contains("/auth/guest", "/auth/email", "/auth/email/resend", "/auth/verify",
                "/auth/state", "/auth/refresh", "/auth/logout");
        JsonNode verify = paths.path("/auth/verify").path("post");
        String body = verify.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asString();
        assertThat(body).startsWith("#/components/schemas/");
        assertThat(docs.path("components").path("schemas").has(body.substring(body.lastIndexOf('/') + 1))).isTrue();
        assertThat(verify.path("responses").propertyNames()).contains("200");
        assertThat(refsIn(paths)).allSatisfy(ref -> assertThat(docs.path("components").path("schemas").has(ref))
                .as("schema %s is in the document", ref).isTrue());
    }

    @Test
    void theForwardedAuthOperationsAreIdentityServicesOwnDescription() throws IOException {
        JsonNode identity = new TestHttp(port(IDENTITY), null).get("/v3/api-docs").json();
        JsonNode live = authPart(identity);
        JsonNode stored;
        try (InputStream in = new ClassPathResource(AUTH_SNAPSHOT).getInputStream()) {
            stored = JSON.readTree(in);
        }
        if (!live.equals(stored)) {
            Path fresh = Path.of("target", "identity-auth.json");
            Files.writeString(fresh, JSON.writeValueAsString(live) + "\n");
            throw new AssertionError("identity-service's /auth API changed: copy " + fresh.toAbsolutePath()
                    + " to careergpt-service/src/main/resources/" + AUTH_SNAPSHOT);
        }
    }

    @Test
    void everyListingAnswersOnePagingShapeAndJobsKeepTheirOldTotalName() {
        JsonNode docs = docs();
        JsonNode schemas = docs.path("components").path("schemas");
        for (String listing : List.of("/api/resumes", "/api/results", "/api/collections", "/api/jobs")) {
            String ref = docs.path("paths").path(listing).path("get").path("responses").path("200").path("content")
                    .path("*/*").path("schema").path("$ref").asString();
            if (ref.isEmpty()) {
                ref = docs.path("paths").path(listing).path("get").path("responses").path("200").path("content")
                        .path("application/json").path("schema").path("$ref").asString();
            }
            JsonNode schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema.path("properties").propertyNames()).as(listing)
                    .contains("items", "page", "size", "total", "totalPages");
        }
        JsonNode jobs = device(port).get("/api/jobs").json();
        assertThat(jobs.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total", "totalPages",
                "totalItems");
        assertThat(jobs.path("totalItems").asLong()).isEqualTo(jobs.path("total").asLong());
        assertThat(schemas.path("JobPage").path("properties").path("totalItems").path("deprecated").asBoolean())
                .isTrue();
    }

    private static List<String> securityOf(JsonNode operation) {
        return operation.path("security").valueStream().flatMap(requirement -> requirement.propertyNames().stream())
                .toList();
    }

    /** identity-service's {@code /auth/**} operations, the schemas they name (and those name) and their tags. */
    static JsonNode authPart(JsonNode identity) {
        ObjectNode part = JSON.createObjectNode();
        ObjectNode paths = part.putObject("paths");
        identity.path("paths").properties().stream().filter(path -> path.getKey().startsWith("/auth/"))
                .forEach(path -> paths.set(path.getKey(), path.getValue()));
        Set<String> used = new TreeSet<>();
        Deque<JsonNode> toVisit = new ArrayDeque<>(List.of(paths));
        JsonNode schemas = identity.path("components").path("schemas");
        while (!toVisit.isEmpty()) {
            for (String ref : refsIn(toVisit.pop())) {
                if (used.add(ref)) {
                    toVisit.push(schemas.path(ref));
                }
            }
        }
        ObjectNode components = part.putObject("components").putObject("schemas");
        used.forEach(name -> components.set(name, schemas.path(name)));
        Set<String> tags = new TreeSet<>();
        paths.valueStream().flatMap(JsonNode::valueStream).flatMap(operation -> operation.path("tags").valueStream())
                .forEach(tag -> tags.add(tag.asString()));
        identity.path("tags").valueStream().filter(tag -> tags.contains(tag.path("name").asString()))
                .forEach(part.putArray("tags")::add);
        return part;
    }

    private static Set<String> refsIn(JsonNode node) {
        Set<String> refs = new TreeSet<>();
        collectRefs(node, refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("$ref") && entry.getValue().asString().startsWith("#/components/schemas/")) {
                    String ref = entry.getValue().asString();
                    refs.add(ref.substring(ref.lastIndexOf('/') + 1));
                } else {
                    collectRefs(entry.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
