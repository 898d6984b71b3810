package com.careergpt.service.llm.prompt;

import java.util.List;

import com.careergpt.service.llm.LlmTask;

import tools.jackson.databind.JsonNode;

/**
 * One version of a task's prompt, as read from {@code llm/prompts/<task>/<version>.yml}: the inputs it needs
 * (each entry a path like {@code job.description}, with {@code |} between alternatives), the system and user
 * templates, and the JSON schema of the answer ({@code null} for prose tasks).
 */
public record PromptTemplate(LlmTask task, String version, List<String> requires, String system, String user,
        JsonNode outputSchema) {

    public PromptTemplate {
        requires = List.copyOf(requires);
    }

    public boolean prose() {
        return outputSchema == null;
    }

    /** {@code v12} -> 12, so that v10 sorts after v9. */
    static int versionNumber(String version) {
        if (version == null || !version.matches("v[0-9]{1,6}")) {
            throw new IllegalArgumentException("prompt versions are named v1, v2, ...: " + version);
        }
        return Integer.parseInt(version.substring(1));
    }
}
