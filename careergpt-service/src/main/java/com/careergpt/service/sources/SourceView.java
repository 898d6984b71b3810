package com.careergpt.service.sources;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A saved source. {@code secret} (the inbound hook's key) and {@code runId} appear only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(String id, String name, String kind, List<String> urls, String query, String schedule,
        boolean analyze, Instant createdAt, String hookUrl,
        @Schema(description = "Key of the inbound hook's HMAC signatures: shown once") String secret,
        @Schema(description = "The run started on creation") String runId) {

    static SourceView of(Source source, String secret, String runId) {
        return new SourceView(source.id(), source.name(), source.kind().json(), source.urls(), source.query(),
                source.schedule(), source.analyseNew(), source.createdAt(),
                "/api/hooks/sources/" + source.id() + "/run", secret, runId);
    }
}
