package com.careergpt.service.scraping.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP GET with the scraper's limits: the SSRF guard as the DNS resolver (every connection, every hop), no
 * automatic redirects or retries (the caller checks each hop), a connect timeout, a total deadline enforced by
 * cancelling the exchange (a slow drip ends on time) and a body cap that stops reading at the limit.
 */
class GuardedHttpClient implements AutoCloseable {

    /** What came back from one hop. */
    record Exchange(URI url, int status, String reasonPhrase, String contentType, String location, String retryAfter,
            byte[] body) {
    }

    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;
    private final ScraperProperties properties;

    GuardedHttpClient(SsrfGuard guard, ScraperProperties properties) {
        this.properties = properties;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(guard))
                        .setMaxConnTotal(32)
                        .setMaxConnPerRoute(4)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.totalTimeout()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.totalTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .setUserAgent(properties.userAgent())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    Exchange get(URI url, String accept) throws FetchException {
        return get(url, accept, properties.totalTimeout());
    }

    Exchange get(URI url, String accept, Duration deadline) throws FetchException {
        HttpGet request = new HttpGet(url);
        request.setHeader("Accept", accept);
        request.setHeader("Accept-Language", "en;q=0.9, *;q=0.5");
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer = deadlines.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try (CloseableHttpResponse response = client.execute(request)) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : readCapped(entity, url, request);
            return new Exchange(url, response.getCode(), response.getReasonPhrase(), value(response.getFirstHeader("Content-Type")),
                    value(response.getFirstHeader("Location")), value(response.getFirstHeader("Retry-After")), body);
        } catch (IOException | RuntimeException failure) {
            throw translate(url, failure, expired.get());
        } finally {
            timer.cancel(false);
        }
    }

    private byte[] readCapped(HttpEntity entity, URI url, HttpGet request) throws IOException, FetchException {
        long max = properties.maxBodySize().toBytes();
        if (entity.getContentLength() > max) {
            request.cancel();
            throw tooLarge(url, max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = entity.getContent()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > max) {
                    request.cancel();
                    throw tooLarge(url, max);
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static FetchException tooLarge(URI url, long max) {
        return new FetchException(FetchFailure.TOO_LARGE,
                "The page at " + url + " is larger than the limit of " + (max / (1024 * 1024)) + " MB.");
    }

    private FetchException translate(URI url, Exception failure, boolean expired) {
        Optional<FetchException> refused = GuardedDnsResolver.refusal(failure);
        if (refused.isPresent()) {
            return refused.get();
        }
        String host = url.getHost();
        if (expired || failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                && !(failure instanceof ConnectTimeoutException)) {
            return new FetchException(FetchFailure.TIMEOUT, "Fetching " + url + " took longer than "
                    + properties.totalTimeout().toSeconds() + " s.", failure);
        }
        if (failure instanceof ConnectTimeoutException) {
            return new FetchException(FetchFailure.TIMEOUT, "Could not connect to " + host + " within "
                    + properties.connectTimeout().toSeconds() + " s.", failure);
        }
        if (failure instanceof UnknownHostException) {
            return new FetchException(FetchFailure.UNREACHABLE, "The host " + host + " does not resolve.", failure);
        }
        if (failure instanceof HttpHostConnectException || failure instanceof ConnectException
                || failure instanceof NoRouteToHostException) {
            return new FetchException(FetchFailure.UNREACHABLE, "Could not connect to " + host + ": "
                    + failure.getMessage(), failure);
        }
        return new FetchException(FetchFailure.UNREACHABLE, "Fetching " + url + " failed: " + failure.getMessage(), failure);
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
