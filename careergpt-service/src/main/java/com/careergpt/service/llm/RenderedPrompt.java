package com.careergpt.service.llm;

import tools.jackson.databind.JsonNode;

/** A prompt template of one version filled with a call's inputs, and the JSON schema its answer must obey. */
public record RenderedPrompt(String promptVersion, String system, String user, JsonNode outputSchema) {
}
