package com.careergpt.service.sources;

import java.time.Clock;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The JobRunr job of one webhook delivery. Each attempt is written to the delivery log; a failed attempt that is worth
 * retrying throws, so that JobRunr schedules the next one with its exponential backoff. Public because JobRunr
 * resolves and invokes it reflectively.
 */
@Component
public class WebhookJobs {

    /** Makes JobRunr retry a delivery. */
    static final class DeliveryFailed extends RuntimeException {
        DeliveryFailed(String message) {
            super(message);
        }
    }

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final Clock clock;
    private final MeterRegistry meters;

    WebhookJobs(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookSender sender, Clock clock,
            MeterRegistry meters) {
        this.meters = meters;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    /** Named and given its retries by {@link WebhookService} (JobRunr refuses a {@code @Job} with a JobBuilder). */
    public void deliver(String deliveryId, String webhookId, String sourceId, String event, String payload) {
        Webhook webhook = webhooks.findById(webhookId).orElse(null);
        if (webhook == null) {
            return;
        }
        int attempt = (int) deliveries.countByDeliveryId(deliveryId) + 1;
        WebhookSender.Outcome outcome = sender.send(webhook, deliveryId, event, payload);
        deliveries.save(new WebhookDelivery(UUID.randomUUID().toString(), deliveryId, webhook, sourceId, event, attempt,
                outcome.statusCode(), outcome.error(), clock.instant()));
        Counter.builder("careergpt.webhook.deliveries")
                .description("Webhook delivery attempts by outcome: delivered, failed (retried with backoff) or "
                        + "refused (an address the SSRF guard refuses: not retried)")
                .tags("event", event, "outcome", outcome.delivered() ? "delivered" : outcome.retryable() ? "failed" : "refused")
                .register(meters).increment();
        if (!outcome.delivered() && outcome.retryable()) {
            throw new DeliveryFailed("Delivery " + deliveryId + " to " + webhook.url() + " failed: " + outcome.error());
        }
    }
}
