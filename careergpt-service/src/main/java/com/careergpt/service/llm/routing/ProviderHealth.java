package com.careergpt.service.llm.routing;

import java.util.ArrayList;
import java.util.List;

import com.careergpt.service.llm.ProviderStatus;

/** The status of every installed provider, each asked with a short time limit so one slow backend can't stall all. */
public class ProviderHealth {

    private final ProviderRegistry providers;
    private final ProviderCalls calls;

    ProviderHealth(ProviderRegistry providers, ProviderCalls calls) {
        this.providers = providers;
        this.calls = calls;
    }

    public List<ProviderStatus> statuses() {
        List<ProviderStatus> statuses = new ArrayList<>();
        providers.all().forEach(provider -> statuses.add(calls.status(provider)));
        return statuses;
    }
}
