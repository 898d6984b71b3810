package com.careergpt.service.llm.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import com.careergpt.common.web.RequestIdFilter;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCallFailedException;
import com.careergpt.service.llm.LlmCallFailedException.Attempt;
import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.LlmProviderException.Kind;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.RenderedPrompt;
import com.careergpt.service.llm.TokenUsage;
import com.careergpt.service.llm.builtin.BuiltinProvider;
import com.careergpt.service.llm.ledger.CallOutcome;
import com.careergpt.service.llm.ledger.LedgerEntry;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.llm.ledger.PriceTable;
import com.careergpt.service.llm.output.OutputCheck;
import com.careergpt.service.llm.output.StructuredOutput;
import com.careergpt.service.llm.prompt.PromptFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * The router: for each entry of the call's route, serves a cached answer or calls the provider, checks the answer
 * (one repair call when it does not fit the schema) and falls back to the next entry on failures that allow it.
 * A provider's BAD_REQUEST stops the call: it means our request is wrong, and another provider would hide that.
 * A {@link LlmCall#modelsOnly() models-only} call skips the route's builtin entries.
 */
class FallbackLlmRouter implements LlmRouter {

    private static final Logger log = LoggerFactory.getLogger(FallbackLlmRouter.class);

    private final PromptFactory prompts;
    private final RouteResolver routes;
    private final ProviderRegistry providers;
    private final ProviderCalls calls;
    private final StructuredOutput output;
    private final ResultCache cache;
    private final LlmLedger ledger;
    private final PriceTable prices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration defaultTimeout;

    FallbackLlmRouter(PromptFactory prompts, RouteResolver routes, ProviderRegistry providers, ProviderCalls calls,
            StructuredOutput output, ResultCache cache, LlmLedger ledger, PriceTable prices,
            TransactionTemplate transactions, Clock clock, Duration defaultTimeout) {
        this.prompts = prompts;
        this.routes = routes;
        this.providers = providers;
        this.calls = calls;
        this.output = output;
        this.cache = cache;
        this.ledger = ledger;
        this.prices = prices;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultTimeout = defaultTimeout;
    }

    @Override
    public LlmResult run(LlmCall call) {
        return execute(call, null);
    }

    @Override
    public LlmResult stream(LlmCall call, Consumer<String> onText) {
        return execute(call, onText);
    }

    /** What every ledger row of one call shares. */
    private record CallContext(LlmCall call, RenderedPrompt prompt, String inputHash, String requestId, long startNanos) {
    }

    private LlmResult execute(LlmCall call, Consumer<String> onText) {
        long startNanos = System.nanoTime();
        RenderedPrompt prompt = prompts.render(call.task(), call.inputs());
        List<RouteEntry> route = routes.resolve(call.task(), call.caller().tier()).entries().stream()
                .filter(entry -> !call.modelsOnly() || !BuiltinProvider.NAME.equals(entry.provider())).toList();
        CallContext context = new CallContext(call, prompt, InputHash.of(InputHash.canonical(call.inputs())),
                MDC.get(RequestIdFilter.MDC_KEY), startNanos);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            RouteEntry entry = route.get(i);
            boolean last = i == route.size() - 1;
            String cacheKey = ResultCache.key(call.task(), prompt.promptVersion(), entry, context.inputHash());
            Optional<LlmResult> cached = cachedAnswer(context, cacheKey);
            if (cached.isPresent()) {
                if (onText != null && cached.get().output().has("text")) {
                    onText.accept(cached.get().output().get("text").asString());
                }
                return cached.get();
            }
            LlmProvider provider = providers.find(entry.provider()).orElse(null);
            try {
                if (provider == null) {
                    throw new LlmProviderException(Kind.UNAVAILABLE, entry.provider(),
                            "no provider named '" + entry.provider() + "' is installed");
                }
                return attempt(context, entry, provider, cacheKey, last, onText);
            }
            catch (LlmProviderException failure) {
                attempts.add(new Attempt(entry.provider(), entry.model(), failure.kind() + ": " + failure.getMessage()));
                if (provider == null) {
                    recordFailure(context, entry, "call", Instant.now(clock), TokenUsage.NONE, failure, last, null);
                }
                if (!failure.kind().fallbackAllowed()) {
                    log.error("Provider {} refused our {} request as malformed: {}", entry.provider(),
                            call.task().json(), failure.getMessage());
                    throw LlmCallFailedException.requestRefused(entry.provider(), attempts);
                }
                log.warn("Route entry {} failed for {} ({}): {}", entry.label(), call.task().json(), failure.kind(),
                        failure.getMessage());
            }
        }
        throw LlmCallFailedException.allRoutesFailed(call.task(), attempts);
    }

    private Optional<LlmResult> cachedAnswer(CallContext context, String cacheKey) {
        Instant started = Instant.now(clock);
        long lookupStart = System.nanoTime();
        Optional<LlmResult> found = cache.find(cacheKey, context.call().task());
        if (found.isEmpty()) {
            return found;
        }
        LlmResult hit = found.get().asCached(elapsedMs(lookupStart));
        ledger.record(new LedgerEntry(context.requestId(), context.call().caller().userId(), context.call().task().json(),
                "cache", hit.provider(), hit.model(), hit.promptVersion(), TokenUsage.NONE, started, Instant.now(clock),
                0, true, CallOutcome.OK, null, null, null, null, null));
        return Optional.of(hit);
    }

    /** One route entry: the call, and when its answer does not fit, one repair call to the same provider. */
    private LlmResult attempt(CallContext context, RouteEntry entry, LlmProvider provider, String cacheKey,
            boolean last, Consumer<String> onText) {
        RenderedPrompt prompt = context.prompt();
        Instant started = Instant.now(clock);
        ProviderReply reply = callProvider(context, entry, provider, prompt, "call", last, onText);
        OutputCheck check = output.check(prompt, reply.text());
        if (check.ok()) {
            return succeed(context, entry, "call", started, reply, usage(reply), check, cacheKey);
        }
        LlmProviderException invalid = invalidOutput(provider, check);
        recordFailure(context, entry, "call", started, usage(reply), invalid, false, reply);

        Instant repairStarted = Instant.now(clock);
        RenderedPrompt repair = output.repairPrompt(prompt, reply.text(), check.errors());
        ProviderReply repaired = callProvider(context, entry, provider, repair, "repair", last, onText);
        OutputCheck recheck = output.check(prompt, repaired.text());
        if (recheck.ok()) {
            return succeed(context, entry, "repair", repairStarted, repaired, sum(usage(reply), usage(repaired)),
                    recheck, cacheKey);
        }
        LlmProviderException stillInvalid = invalidOutput(provider, recheck);
        recordFailure(context, entry, "repair", repairStarted, usage(repaired), stillInvalid, last, repaired);
        throw new LlmProviderException(Kind.INVALID_OUTPUT, provider.name(),
                "answer still invalid after one repair: " + String.join("; ", recheck.errors()));
    }

    private ProviderReply callProvider(CallContext context, RouteEntry entry, LlmProvider provider,
            RenderedPrompt prompt, String kind, boolean last, Consumer<String> onText) {
        Instant started = Instant.now(clock);
        ProviderRequest request = new ProviderRequest(context.call().task(), entry.model(), prompt,
                context.call().inputs(), entry.timeoutOr(defaultTimeout));
        try {
            return calls.call(provider, request, onText);
        }
        catch (LlmProviderException failure) {
            recordFailure(context, entry, kind, started, TokenUsage.NONE, failure, last, null);
            throw failure;
        }
    }

    private LlmResult succeed(CallContext context, RouteEntry entry, String kind, Instant started, ProviderReply reply,
            TokenUsage resultUsage, OutputCheck check, String cacheKey) {
        LlmCall call = context.call();
        String model = reply.model() == null ? entry.model() : reply.model();
        TokenUsage rowUsage = usage(reply);
        LlmResult result = new LlmResult(call.task(), entry.provider(), model, context.prompt().promptVersion(),
                resultUsage, elapsedMs(context.startNanos()), prices.estimateUsd(entry.provider(), model, resultUsage),
                false, check.output());
        LedgerEntry row = new LedgerEntry(context.requestId(), call.caller().userId(), call.task().json(), kind,
                entry.provider(), model, context.prompt().promptVersion(), rowUsage, started, Instant.now(clock),
                prices.estimateUsd(entry.provider(), model, rowUsage), false, CallOutcome.OK, null, null, null,
                context.prompt().system() + "\n\n" + context.prompt().user(), reply.text());
        try {
            transactions.executeWithoutResult(status -> {
                ledger.record(row);
                cache.store(cacheKey, result);
            });
        }
        catch (RuntimeException storeFailure) {
            // The answer is good; losing its ledger row and cache entry beats failing the user's call.
            log.error("Could not store the ledger row and cache entry of a {} answer", call.task().json(), storeFailure);
        }
        return result;
    }

    private void recordFailure(CallContext context, RouteEntry entry, String kind, Instant started, TokenUsage usage,
            LlmProviderException failure, boolean last, ProviderReply reply) {
        LlmCall call = context.call();
        String model = reply != null && reply.model() != null ? reply.model() : entry.model();
        CallOutcome outcome = last || !failure.kind().fallbackAllowed() ? CallOutcome.ERROR : CallOutcome.FALLBACK;
        try {
            ledger.record(new LedgerEntry(context.requestId(), call.caller().userId(), call.task().json(), kind,
                    entry.provider(), model, context.prompt().promptVersion(), usage, started, Instant.now(clock),
                    prices.estimateUsd(entry.provider(), model, usage), false, outcome, failure.kind().name(),
                    failure.getMessage(), reply == null ? null : reply.text(),
                    context.prompt().system() + "\n\n" + context.prompt().user(), reply == null ? null : reply.text()));
        }
        catch (RuntimeException storeFailure) {
            log.error("Could not write the ledger row of a failed {} call", call.task().json(), storeFailure);
        }
    }

    private static LlmProviderException invalidOutput(LlmProvider provider, OutputCheck check) {
        return new LlmProviderException(Kind.INVALID_OUTPUT, provider.name(), String.join("; ", check.errors()));
    }

    private static TokenUsage usage(ProviderReply reply) {
        return reply.usage() == null ? TokenUsage.NONE : reply.usage();
    }

    private static TokenUsage sum(TokenUsage a, TokenUsage b) {
        return new TokenUsage(a.promptTokens() + b.promptTokens(), a.completionTokens() + b.completionTokens());
    }

    private static long elapsedMs(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
