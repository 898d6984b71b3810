package com.careergpt.service.llm;

import java.util.function.Consumer;

/**
 * The one entry point to language models: renders the task's prompt, picks the route for the caller's tier, calls
 * providers in route order (falling back on errors that allow it), checks structured output against the task's
 * schema, serves identical calls from the cache and logs every attempt in the spend ledger.
 *
 * @throws LlmCallFailedException (from both methods) when no route gave an answer, or a provider refused our
 *         request as malformed
 */
public interface LlmRouter {

    LlmResult run(LlmCall call);

    /** As {@link #run}, handing the answer's text to {@code onText} piece by piece as the provider produces it. */
    LlmResult stream(LlmCall call, Consumer<String> onText);
}
