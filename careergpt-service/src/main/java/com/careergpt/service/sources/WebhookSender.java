package com.careergpt.service.sources;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;

import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.fetch.FetchException;
import com.careergpt.service.scraping.fetch.GuardedDnsResolver;
import com.careergpt.service.scraping.fetch.ScraperProperties;
import com.careergpt.service.scraping.fetch.SsrfGuard;

/**
 * POSTs signed webhook bodies through the scraper's SSRF guard (as the resolver: every connection is checked, the
 * scraper's allow-list applies), with a timeout and without following redirects. Each request is an observation
 * ({@code careergpt.webhook.requests}): a span whose W3C {@code traceparent} the receiver gets, and a timer.
 */
@Component
class WebhookSender implements AutoCloseable {

    /** What an attempt got: a status code, or an error; a refused address is not worth retrying. */
    record Outcome(Integer statusCode, String error, boolean retryable) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final SsrfGuard guard;
    private final CloseableHttpClient client;
    private final Clock clock;
    private final ObservationRegistry observations;

    WebhookSender(SsrfGuard guard, PipelineProperties properties, ScraperProperties scraper, Clock clock,
            ObservationRegistry observations) {
        this.guard = guard;
        this.clock = clock;
        this.observations = observations;
        Timeout timeout = Timeout.of(properties.webhookTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(guard))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(scraper.userAgent())
                .build();
    }

    Outcome send(Webhook webhook, String deliveryId, String event, String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        try {
            URI url = URI.create(webhook.url());
            guard.checkUrl(url);
            HttpPost post = new HttpPost(url);
            post.setHeader(Signatures.TIMESTAMP_HEADER, Long.toString(timestamp));
            post.setHeader(Signatures.SIGNATURE_HEADER, Signatures.sign(webhook.secret(), timestamp, body));
            post.setHeader("X-CareerGPT-Event", event);
            post.setHeader("X-CareerGPT-Delivery", deliveryId);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return observed(post, event);
        } catch (FetchException refused) {
            return new Outcome(null, refused.getMessage(), false);
        } catch (IOException | RuntimeException failed) {
            Optional<FetchException> refused = GuardedDnsResolver.refusal(failed);
            return refused.map(refusal -> new Outcome(null, refusal.getMessage(), false))
                    .orElseGet(() -> new Outcome(null, failed.getClass().getSimpleName() + ": " + failed.getMessage(), true));
        }
    }

    private Outcome observed(HttpPost post, String event) throws IOException {
        SenderContext<HttpPost> context = new SenderContext<>((carrier, key, value) -> carrier.setHeader(key, value));
        context.setCarrier(post);
        context.setRemoteServiceName("webhook");
        Observation observation = Observation.createNotStarted("careergpt.webhook.requests", () -> context, observations)
                .contextualName("webhook " + event)
                .lowCardinalityKeyValue("event", event)
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            Outcome outcome = client.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                int status = response.getCode();
                return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, true);
            });
            observation.lowCardinalityKeyValue("outcome", outcome.delivered() ? "delivered" : "http-error");
            return outcome;
        } catch (IOException | RuntimeException failed) {
            observation.lowCardinalityKeyValue("outcome", "io-error");
            observation.error(failed);
            throw failed;
        } finally {
            observation.stop();
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
