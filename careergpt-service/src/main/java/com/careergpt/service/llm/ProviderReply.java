package com.careergpt.service.llm;

/** What a provider answered: the model that answered, its raw text (JSON for structured tasks) and token usage. */
public record ProviderReply(String model, String text, TokenUsage usage) {
}
