package com.careergpt.identity.web;

import org.springdoc.core.customizers.OpenApiCustomizer;

import com.careergpt.common.openapi.ApiDocument;
import com.careergpt.common.openapi.ProblemResponses;

import io.swagger.v3.oas.models.OpenAPI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI identityOpenApi(ObjectProvider<BuildProperties> build) {
        return ApiDocument.titled("CareerGPT identity-service",
                "Guests, email verification, JWTs and the guest quota. Errors are application/problem+json.", build);
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
