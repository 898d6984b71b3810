package com.careergpt.service.llm.prompt;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Prompt template selection.
 *
 * @param pinned task (e.g. {@code job_summary}) -> template version to use instead of the newest (e.g. {@code v1})
 */
@Validated
@ConfigurationProperties("careergpt.llm.prompts")
public record PromptProperties(Map<String, String> pinned) {

    public PromptProperties {
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
    }
}
