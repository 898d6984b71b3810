package com.careergpt.service.llm;

import java.util.List;

/** Whether a provider can take calls now, why not if it can't, and the models it offers (when it can say). */
public record ProviderStatus(String provider, boolean available, String detail, List<String> models) {

    public ProviderStatus {
        models = models == null ? List.of() : List.copyOf(models);
    }
}
