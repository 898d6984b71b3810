package com.careergpt.service.llm.ledger;

import java.util.Map;
import java.util.Set;

import com.careergpt.service.llm.TokenUsage;

/**
 * Estimates what a call cost from a local price table (model, or {@code provider:model}, -> USD per million
 * tokens). Local providers cost nothing; a model missing from the table is estimated at 0. Always an estimate:
 * provider bills include discounts, cached-input rates and rounding this table does not know.
 */
public class PriceTable {

    private static final Set<String> LOCAL_PROVIDERS = Set.of("builtin", "ollama");

    private final Map<String, ModelPrice> prices;

    public PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    public double estimateUsd(String provider, String model, TokenUsage usage) {
        if (usage == null || LOCAL_PROVIDERS.contains(provider) || model == null) {
            return 0;
        }
        ModelPrice price = prices.get(provider + ":" + model);
        if (price == null) {
            price = prices.get(model);
        }
        if (price == null) {
            return 0;
        }
        return (usage.promptTokens() * price.input() + usage.completionTokens() * price.output()) / 1_000_000d;
    }
}
