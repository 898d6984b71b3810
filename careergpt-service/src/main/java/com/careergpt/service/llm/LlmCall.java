package com.careergpt.service.llm;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * One request to the router. {@code inputs} has the agreed shape
 * {@code {"text", "job": {"title", "company", "description", "skills": [], ...}, "resume": {"text"}, "question",
 * "stats": {}, "tone"}}; every member is optional and each task checks that the ones it needs are there.
 * {@code modelsOnly} skips the route's {@code builtin} entries: for a caller that already has the rules' answer
 * and only wants what a language model adds.
 */
public record LlmCall(LlmTask task, JsonNode inputs, LlmCaller caller, boolean modelsOnly) {

    public LlmCall {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(caller, "caller");
    }

    public LlmCall(LlmTask task, JsonNode inputs, LlmCaller caller) {
        this(task, inputs, caller, false);
    }
}
