package com.careergpt.service.llm;

/** Tokens a call consumed, as the provider reported them (estimated by the builtin provider). */
public record TokenUsage(long promptTokens, long completionTokens) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);
}
