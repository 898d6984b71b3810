package com.careergpt.service.llm.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.careergpt.service.llm.ledger.ModelPrice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the LLM router. Routes stored by admins in the database ({@code /api/admin/llm/routes}) override
 * {@code rules} and {@code default-route}.
 *
 * @param defaultRoute route of every task and tier without a more specific rule, as {@code provider[:model]}
 *        entries separated by commas, e.g. {@code openai:gpt-4o-mini,ollama:llama3.2,builtin}
 * @param defaultTimeout how long one provider call may take when its route entry sets no timeout
 * @param rules routes for a task and/or tier ({@code *} or empty for any)
 * @param cacheTtl how long an answer is served again for an identical call; 0 turns the cache off
 * @param storeBodies keep prompt and answer texts in the ledger (off: only counts, timings and errors)
 * @param prices model (or {@code provider:model}) -> USD per million input / output tokens, for estimates
 * @param maxConcurrentCalls provider calls in flight at once; calls beyond it fail over as unavailable
 * @param routeRefresh how often database routes are re-read, so routes edited on another instance apply
 */
@Validated
@ConfigurationProperties("careergpt.llm.router")
public record LlmRouterProperties(
        @DefaultValue("builtin") @NotBlank String defaultRoute,
        @DefaultValue("60s") @NotNull Duration defaultTimeout,
        List<@Valid Rule> rules,
        @DefaultValue("24h") @NotNull Duration cacheTtl,
        @DefaultValue("false") boolean storeBodies,
        Map<String, ModelPrice> prices,
        @DefaultValue("64") @Min(1) @Max(10_000) int maxConcurrentCalls,
        @DefaultValue("5s") @NotNull Duration routeRefresh) {

    public LlmRouterProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** A configured route for one task and/or tier ({@code null} or {@code *}: any). */
    public record Rule(String task, String tier, @NotBlank String route) {
    }
}
