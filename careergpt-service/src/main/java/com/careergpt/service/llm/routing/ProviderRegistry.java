package com.careergpt.service.llm.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careergpt.service.llm.LlmProvider;

/** The {@link LlmProvider} beans of this service, by name. */
public class ProviderRegistry {

    private final Map<String, LlmProvider> byName;

    public ProviderRegistry(List<LlmProvider> providers) {
        Map<String, LlmProvider> named = new LinkedHashMap<>();
        for (LlmProvider provider : providers) {
            LlmProvider clash = named.put(provider.name(), provider);
            if (clash != null) {
                throw new IllegalStateException("Two LLM providers are named '" + provider.name() + "': "
                        + clash.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        this.byName = Collections.unmodifiableMap(named);
    }

    public Optional<LlmProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public List<LlmProvider> all() {
        return List.copyOf(byName.values());
    }
}
