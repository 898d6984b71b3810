package com.careergpt.service.scraping.collect;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of job collections: batch size, the largest pasted page, how long {@code ?wait=true} waits, the
 * job-board feed base URLs (tests point them at a local server), and whether a language model routed for
 * {@code job_extract} (OpenAI or Ollama; never the builtin rules) fills fields the extractors left empty. With the
 * default route (builtin only) the fill asks nothing.
 *
 * @param maxUrls URLs per collection
 * @param maxInlineChars largest pasted {@code html} or {@code text}
 * @param waitTimeout how long {@code ?wait=true} waits before answering 202
 * @param greenhouseBaseUrl where Greenhouse job-board feed URLs are recognised
 * @param leverBaseUrl where Lever job-board feed URLs are recognised
 * @param llmFill after extraction, ask the language model routed for {@code job_extract} for the fields the rules left empty
 */
@Validated
@ConfigurationProperties("careergpt.collect")
public record CollectionProperties(
        @DefaultValue("50") @Min(1) @Max(1000) int maxUrls,
        @DefaultValue("2000000") @Min(1) int maxInlineChars,
        @DefaultValue("60s") @NotNull Duration waitTimeout,
        @DefaultValue("https://boards-api.greenhouse.io") @NotBlank String greenhouseBaseUrl,
        @DefaultValue("https://api.lever.co") @NotBlank String leverBaseUrl,
        @DefaultValue("true") boolean llmFill) {
}
