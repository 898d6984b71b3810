package com.careergpt.common.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Every operation's errors as the services write them: an {@code application/problem+json} body ({@value #SCHEMA})
 * on each error response an operation names (springdoc would give it the operation's success body), and a
 * {@code default} response for the errors it does not name.
 */
public final class ProblemResponses implements OpenApiCustomizer {

    public static final String SCHEMA = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            operation.getResponses().forEach((code, response) -> {
                if (isError(code)) {
                    response.setContent(problemContent());
                }
            });
            operation.getResponses().putIfAbsent("default", new ApiResponse()
                    .description("An error, as a problem document (RFC 9457)").content(problemContent()));
        }));
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static Content problemContent() {
        return new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema()
                .description("RFC 9457 problem details. Programs read type (the last path segment names the "
                        + "problem, e.g. wrong-code) and the extra fields some problems carry: field (the request "
                        + "field or parameter at fault), retryAfterSeconds, attemptsLeft, next (what the client "
                        + "should ask for: guest, email, sign-in).")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://careergpt.dev/problems/wrong-code"))
                .addProperty("title", new StringSchema().description("Short summary of the problem type"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"));
        schema.setAdditionalProperties(Boolean.TRUE);
        return schema;
    }
}
