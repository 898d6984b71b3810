package com.careergpt.service.llm.routing;

import java.time.Duration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One step of a route: a provider, the model to ask for ({@code null}: the provider's default) and how long to
 * wait for it ({@code null}: {@code careergpt.llm.router.default-timeout}).
 */
public record RouteEntry(
        @Schema(description = "Provider name: builtin, openai or ollama", example = "openai") String provider,
        @Schema(description = "Model name; null for the provider's default", example = "gpt-4o-mini")
        @Size(max = 200, message = "A model name has at most 200 characters.") String model,
        @Schema(description = "Timeout in milliseconds; null for the configured default", example = "20000")
        @Min(value = RouteAdministration.MIN_TIMEOUT_MS, message = TIMEOUT_RANGE)
        @Max(value = RouteAdministration.MAX_TIMEOUT_MS, message = TIMEOUT_RANGE) Long timeoutMs) {

    private static final String TIMEOUT_RANGE = "A timeout is " + RouteAdministration.MIN_TIMEOUT_MS + " to "
            + RouteAdministration.MAX_TIMEOUT_MS + " ms.";

    public String label() {
        return model == null ? provider : provider + ":" + model;
    }

    Duration timeoutOr(Duration fallback) {
        return timeoutMs == null ? fallback : Duration.ofMillis(timeoutMs);
    }
}
