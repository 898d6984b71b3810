package com.careergpt.service.llm.routing;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.llm.ledger.PriceTable;
import com.careergpt.service.llm.output.StructuredOutput;
import com.careergpt.service.llm.prompt.PromptCatalog;
import com.careergpt.service.llm.prompt.PromptFactory;
import com.careergpt.service.llm.prompt.PromptProperties;

import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the LLM router: prompts, routes, providers, output checks, cache and ledger. */
@Configuration(proxyBeanMethods = false)
class LlmRouterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmRouterConfiguration.class);

    @Bean
    PromptCatalog promptCatalog() {
        return PromptCatalog.load();
    }

    @Bean
    PromptFactory promptFactory(PromptCatalog catalog, PromptProperties properties) {
        return new PromptFactory(catalog, properties);
    }

    @Bean
    StructuredOutput structuredOutput(JsonMapper json) {
        return new StructuredOutput(json);
    }

    @Bean
    ProviderRegistry providerRegistry(ObjectProvider<LlmProvider> providers) {
        return new ProviderRegistry(providers.orderedStream().toList());
    }

    @Bean
    ProviderCalls providerCalls(LlmRouterProperties properties) {
        return new ProviderCalls(properties.maxConcurrentCalls());
    }

    @Bean
    RouteStore routeStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
            LlmRouterProperties properties) {
        return new RouteStore(jdbc, transactions, clock, properties.routeRefresh());
    }

    @Bean
    RouteResolver routeResolver(RouteStore store, LlmRouterProperties properties, ProviderRegistry providers) {
        RouteResolver resolver = new RouteResolver(store, properties);
        List<String> missing = resolver.defaultRoute().stream().map(RouteEntry::provider)
                .filter(name -> providers.find(name).isEmpty()).toList();
        if (!missing.isEmpty()) {
            log.warn("careergpt.llm.router.default-route names providers that are not installed: {} (installed: {}); "
                    + "calls will fall back past them", missing, providers.names());
        }
        return resolver;
    }

    @Bean
    RouteAdministration routeAdministration(RouteStore store, RouteResolver resolver, ProviderRegistry providers) {
        return new RouteAdministration(store, resolver, providers);
    }

    @Bean
    ResultCache resultCache(JdbcTemplate jdbc, JsonMapper json, Clock clock, LlmRouterProperties properties) {
        return new ResultCache(jdbc, json, clock, properties.cacheTtl());
    }

    @Bean
    PriceTable priceTable(LlmRouterProperties properties) {
        return new PriceTable(properties.prices());
    }

    @Bean
    LlmLedger llmLedger(JdbcTemplate jdbc, MeterRegistry meters, LlmRouterProperties properties) {
        return new LlmLedger(jdbc, meters, properties.storeBodies());
    }

    @Bean
    FallbackLlmRouter llmRouter(PromptFactory prompts, RouteResolver routes, ProviderRegistry providers,
            ProviderCalls calls, StructuredOutput output, ResultCache cache, LlmLedger ledger, PriceTable prices,
            TransactionTemplate transactions, Clock clock, LlmRouterProperties properties) {
        return new FallbackLlmRouter(prompts, routes, providers, calls, output, cache, ledger, prices, transactions,
                clock, properties.defaultTimeout());
    }

    @Bean
    ProviderHealth providerHealth(ProviderRegistry providers, ProviderCalls calls) {
        return new ProviderHealth(providers, calls);
    }
}
