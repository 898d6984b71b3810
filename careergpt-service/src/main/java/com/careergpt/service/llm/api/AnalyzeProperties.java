package com.careergpt.service.llm.api;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of {@code POST /api/analyze}.
 *
 * @param maxInputChars longest text accepted in one input field (a long resume is about 15,000 characters)
 * @param streamTimeout longest a streamed answer may take before the stream is closed
 * @param maxStreams streamed answers in progress at once; more are refused with 503
 */
@Validated
@ConfigurationProperties("careergpt.llm.api")
public record AnalyzeProperties(
        @DefaultValue("60000") @Min(1000) int maxInputChars,
        @DefaultValue("10m") @NotNull Duration streamTimeout,
        @DefaultValue("32") @Min(1) int maxStreams) {
}
