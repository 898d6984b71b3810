package com.careergpt.service.scraping.collect;

import tools.jackson.databind.JsonNode;

/**
 * What a language model answered for a posting: its fields as {@code job_extract} names them, not yet checked, and
 * who answered, as {@code fieldSources} shows it ({@code llm:openai/gpt-4o-mini}).
 */
public record ModelFields(String source, JsonNode fields) {
}
