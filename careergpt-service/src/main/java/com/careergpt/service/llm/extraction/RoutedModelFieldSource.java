package com.careergpt.service.llm.extraction;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.builtin.BuiltinProvider;
import com.careergpt.service.llm.routing.ProviderRegistry;
import com.careergpt.service.llm.routing.RouteResolver;
import com.careergpt.service.scraping.collect.ModelFieldSource;
import com.careergpt.service.scraping.collect.ModelFields;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collection's {@link ModelFieldSource}: the router's {@code job_extract} for the scraper, through the language
 * models of its route only. The builtin provider is skipped (it runs the same rules the extractor already ran);
 * a route without an installed OpenAI or Ollama entry asks nothing. The call is routed, cached and logged in the
 * spend ledger like any other; a failure surfaces as the router's {@code LlmCallFailedException}.
 */
@Component
class RoutedModelFieldSource implements ModelFieldSource {

    static final LlmCaller SCRAPER = LlmCaller.service("scraper");

    private final LlmRouter router;
    private final RouteResolver routes;
    private final ProviderRegistry providers;
    private final JsonMapper json;

    RoutedModelFieldSource(LlmRouter router, RouteResolver routes, ProviderRegistry providers, JsonMapper json) {
        this.router = router;
        this.routes = routes;
        this.providers = providers;
        this.json = json;
    }

    @Override
    public Optional<ModelFields> read(String postingText) {
        if (!modelRouted()) {
            return Optional.empty();
        }
        ObjectNode inputs = json.createObjectNode().put("text", postingText);
        LlmResult result = router.run(new LlmCall(LlmTask.JOB_EXTRACT, inputs, SCRAPER, true));
        return Optional.of(new ModelFields("llm:" + result.provider() + "/" + result.model(), result.output()));
    }

    private boolean modelRouted() {
        return routes.resolve(LlmTask.JOB_EXTRACT, SCRAPER.tier()).entries().stream()
                .anyMatch(entry -> !BuiltinProvider.NAME.equals(entry.provider())
                        && providers.find(entry.provider()).isPresent());
    }
}
