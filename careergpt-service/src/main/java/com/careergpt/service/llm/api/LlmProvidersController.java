package com.careergpt.service.llm.api;

import java.util.List;

import com.careergpt.service.llm.ProviderStatus;
import com.careergpt.service.llm.routing.ProviderHealth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis")
class LlmProvidersController {

    private final ProviderHealth health;

    LlmProvidersController(ProviderHealth health) {
        this.health = health;
    }

    @GetMapping("/api/llm/providers")
    @Operation(summary = "Installed model providers and whether each can take calls now")
    List<ProviderStatus> providers() {
        return health.statuses();
    }
}
