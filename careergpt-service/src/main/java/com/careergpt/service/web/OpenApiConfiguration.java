package com.careergpt.service.web;

import org.springdoc.core.customizers.OpenApiCustomizer;

import com.careergpt.common.openapi.ApiDocument;
import com.careergpt.common.openapi.ProblemResponses;

import io.swagger.v3.oas.models.OpenAPI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** careergpt-service's OpenAPI document: its title, version and licence (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI careerGptOpenApi(ObjectProvider<BuildProperties> build) {
        return ApiDocument.titled("CareerGPT",
                "Collects job posts, matches resumes with them, analyses both with language models and reads the job "
                        + "market. A guest (the identity_id cookie from POST /auth/guest) gets one free action; a "
                        + "verified user sends the bearer access token from POST /auth/verify. /auth/** is "
                        + "identity-service's API, forwarded. Errors are application/problem+json. Walk-through: "
                        + "docs/api.md.", build);
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
