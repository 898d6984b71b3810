package com.careergpt.service.llm.routing;

import java.util.ArrayList;
import java.util.List;

/** Reads the compact form of a route used in settings: {@code openai:gpt-4o-mini,ollama:llama3.2:3b,builtin}. */
final class RouteSpec {

    private RouteSpec() {
    }

    /** Splits on commas; within an entry the provider ends at the first colon, the rest is the model. */
    static List<RouteEntry> parse(String spec) {
        List<RouteEntry> entries = new ArrayList<>();
        if (spec == null) {
            return entries;
        }
        for (String part : spec.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String provider = colon < 0 ? entry : entry.substring(0, colon).strip();
            String model = colon < 0 ? null : entry.substring(colon + 1).strip();
            entries.add(new RouteEntry(provider, model == null || model.isEmpty() ? null : model, null));
        }
        return entries;
    }
}
