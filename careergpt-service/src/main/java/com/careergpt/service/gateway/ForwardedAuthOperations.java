package com.careergpt.service.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts the {@code /auth/**} operations the gateway forwards into careergpt-service's OpenAPI document, with their
 * request and response schemas, as identity-service describes them: {@value #RESOURCE} is the {@code /auth} part
 * of identity-service's document, kept equal to it by {@code OpenApiDocumentTest}. It is read when the document is
 * first asked for: swagger's JSON mapper costs the start-up a few hundred milliseconds on the main thread.
 */
@Component
class ForwardedAuthOperations implements OpenApiCustomizer {

    static final String RESOURCE = "openapi/identity-auth.json";

    private final SingletonSupplier<OpenAPI> document = SingletonSupplier.of(ForwardedAuthOperations::read);

    private static OpenAPI read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return Json.mapper().readValue(in, OpenAPI.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        OpenAPI auth = document.obtain();
        auth.getPaths().forEach(openApi::path);
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        if (auth.getComponents() != null && auth.getComponents().getSchemas() != null) {
            auth.getComponents().getSchemas().forEach((name, schema) -> {
                if (openApi.getComponents().getSchemas() == null
                        || !openApi.getComponents().getSchemas().containsKey(name)) {
                    openApi.getComponents().addSchemas(name, schema);
                }
            });
        }
        if (auth.getTags() != null) {
            if (openApi.getTags() == null) {
                openApi.setTags(new ArrayList<>());
            }
            auth.getTags().stream()
                    .filter(tag -> openApi.getTags().stream().noneMatch(known -> known.getName().equals(tag.getName())))
                    .forEach(openApi::addTagsItem);
        }
    }
}
