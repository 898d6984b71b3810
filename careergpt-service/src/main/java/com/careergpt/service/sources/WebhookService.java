package com.careergpt.service.sources;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.scraping.collect.CollectionCompleted;
import com.careergpt.service.scraping.fetch.SsrfGuard;
import com.careergpt.service.security.Caller;

import tools.jackson.databind.json.JsonMapper;

/**
 * Outgoing webhooks: registration (URL checked by the SSRF guard), and for each event every matching webhook gets a
 * delivery, a JobRunr job that JobRunr retries with exponential backoff until it succeeds or the attempts run out.
 */
@Service
class WebhookService {

    static final String COLLECTION_COMPLETED = "collection.completed";
    static final String ANALYSIS_COMPLETED = "analysis.completed";
    static final List<String> EVENTS = List.of(COLLECTION_COMPLETED, ANALYSIS_COMPLETED);
    private static final int LOG_SIZE = 100;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final SourceRepository sources;
    private final JobScheduler jobs;
    private final SsrfGuard guard;
    private final PipelineProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, SourceRepository sources,
            JobScheduler jobs, SsrfGuard guard, PipelineProperties properties, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.sources = sources;
        this.jobs = jobs;
        this.guard = guard;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    WebhookView register(WebhookRequest request, Caller caller) {
        String url = CheckedUrls.checkReachable(guard, request.url(), "url");
        if (request.sourceId() != null && sources.findById(request.sourceId())
                .filter(source -> source.userId().equals(caller.userId())).isEmpty()) {
            throw new ProblemException(ProblemType.SOURCE_NOT_FOUND, "No source with id " + request.sourceId() + " belongs to you.").with("field", "sourceId");
        }
        List<String> events = request.events() == null || request.events().isEmpty() ? EVENTS : request.events();
        for (String event : events) {
            if (!EVENTS.contains(event)) {
                throw ProblemException.badParameter("events", "events must be among " + String.join(", ", EVENTS) + ".");
            }
        }
        Webhook webhook = webhooks.save(new Webhook(UUID.randomUUID().toString(), caller.userId(), request.sourceId(),
                url, events, Signatures.newSecret(), clock.instant()));
        return WebhookView.of(webhook, webhook.secret());
    }

    List<WebhookView> list(Caller caller) {
        return webhooks.findByUserIdOrderByCreatedAt(caller.userId()).stream()
                .map(webhook -> WebhookView.of(webhook, null)).toList();
    }

    void delete(String id, Caller caller) {
        webhooks.delete(webhooks.findById(id).filter(webhook -> webhook.userId().equals(caller.userId()))
                .orElseThrow(() -> new ProblemException(ProblemType.WEBHOOK_NOT_FOUND, "No webhook with id " + id + " belongs to you.").with("field", "id")));
    }

    List<WebhookDeliveryView> deliveries(Caller caller, String sourceId) {
        PageRequest page = PageRequest.of(0, LOG_SIZE);
        List<WebhookDelivery> found = sourceId == null
                ? deliveries.findByUserIdOrderByDeliveredAtDesc(caller.userId(), page)
                : deliveries.findByUserIdAndSourceIdOrderByDeliveredAtDesc(caller.userId(), sourceId, page);
        return found.stream().map(WebhookDelivery::view).toList();
    }

    @EventListener
    void collectionCompleted(CollectionCompleted completed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("collectionId", completed.collectionId());
        data.put("sourceId", completed.sourceId());
        data.put("counts", completed.counts());
        dispatch(completed.userId(), completed.sourceId(), COLLECTION_COMPLETED, completed.collectionId(),
                completed.finishedAt(), data);
    }

    @EventListener
    void analysisCompleted(AnalysisCompleted completed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sourceId", completed.sourceId());
        data.put("runId", completed.runId());
        data.put("collectionId", completed.collectionId());
        data.put("analyses", completed.analyses());
        dispatch(completed.userId(), completed.sourceId(), ANALYSIS_COMPLETED, completed.runId(),
                completed.finishedAt(), data);
    }

    /**
     * One delivery job per webhook that wants the event. The delivery id is derived from the event, its subject (the
     * collection or the run) and the webhook, so an event published again after a stop (see CollectionRunner) finds
     * its deliveries already created and JobRunr skips them: each webhook still gets it once.
     */
    private void dispatch(String userId, String sourceId, String event, String subjectId, Instant occurredAt,
            Map<String, Object> data) {
        for (Webhook webhook : webhooks.findByUserIdOrderByCreatedAt(userId)) {
            if (!webhook.wants(event, sourceId)) {
                continue;
            }
            String deliveryId = UUID.nameUUIDFromBytes((event + "/" + subjectId + "/" + webhook.id())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", deliveryId);
            body.put("event", event);
            body.put("createdAt", occurredAt.toString());
            body.put("data", data);
            String payload = json.writeValueAsString(body);
            String webhookId = webhook.id();
            jobs.create(JobBuilder.aJob().withId(UUID.fromString(deliveryId)).withName("Webhook " + event)
                    .withAmountOfRetries(properties.webhookAttempts() - 1)
                    .<WebhookJobs>withDetails(job -> job.deliver(deliveryId, webhookId, sourceId, event, payload)));
        }
    }
}
