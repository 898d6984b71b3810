package com.careergpt.service.llm;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

/**
 * One call to one provider: the task, the model to use, the rendered prompt (what remote models read) and the
 * task's structured inputs (what the builtin provider works on), with the route's timeout.
 */
public record ProviderRequest(LlmTask task, String model, RenderedPrompt prompt, JsonNode inputs, Duration timeout) {
}
