package com.careergpt.service.sources;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.service.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Webhooks", description = "Signed POSTs of collection.completed and analysis.completed, with a delivery log")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a webhook URL (all your events, or one source's): the signing secret is shown once")
    WebhookView register(@RequestBody WebhookRequest request, Caller caller) {
        return webhooks.register(request, caller);
    }

    @GetMapping("/api/webhooks")
    @Operation(summary = "Your webhooks")
    List<WebhookView> list(Caller caller) {
        return webhooks.list(caller);
    }

    @DeleteMapping("/api/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a webhook")
    void delete(@PathVariable String id, Caller caller) {
        webhooks.delete(id, caller);
    }

    @GetMapping("/api/webhooks/deliveries")
    @Operation(summary = "The 100 latest delivery attempts: event, URL, attempt, status code, error, time")
    List<WebhookDeliveryView> deliveries(
            @Parameter(description = "Only this source's") @RequestParam(required = false) String sourceId,
            Caller caller) {
        return webhooks.deliveries(caller, sourceId);
    }
}
