package com.careergpt.identity.web;

import com.careergpt.identity.support.IdentityServiceTest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, finding 16: identity's public OpenAPI described the internal API. */
class PublicOpenApiTest extends IdentityServiceTest {

    @Test
    void theInternalApiIsNotInThePublicDescription() {
        JsonNode docs = newDevice().get("/v3/api-docs").json();
        assertThat(docs.path("paths").propertyNames()).isNotEmpty().contains("/auth/guest")
                .noneMatch(path -> path.startsWith("/internal"));
        assertThat(docs.path("tags").valueStream().map(tag -> tag.path("name").asString())).doesNotContain("Internal");
        assertThat(docs.toString()).doesNotContain("guest-actions").doesNotContain("X-Internal-Token");
    }
}
