/**
 * Language-model calls: the providers (built-in rules, OpenAI, Ollama), prompts, routing with fallback and caching,
 * the spend ledger, structured output, and the analyze API. Its {@code api} package is what other modules call;
 * it implements scraping's {@code ModelFieldSource} so that collection needs nothing of the router.
 */
@ApplicationModule(displayName = "LLM calls", allowedDependencies = {
        "embeddings",
        "grounding",
        "results",
        "scraping",
        "scraping :: collect",
        "scraping :: extract",
        "scraping :: normalize",
        "security",
        "skills"
})
package com.careergpt.service.llm;

import org.springframework.modulith.ApplicationModule;
