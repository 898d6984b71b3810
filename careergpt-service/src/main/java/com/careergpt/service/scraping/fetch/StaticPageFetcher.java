package com.careergpt.service.scraping.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * Fetches a page over plain HTTP with every rule of the scraper: scheme and SSRF checks on every hop (the guard is
 * also the client's DNS resolver), robots.txt, per-host politeness, at most N redirects, the body cap and deadline
 * of {@link GuardedHttpClient}, and back-off on 429/503 honouring {@code Retry-After} (Resilience4j Retry).
 */
public class StaticPageFetcher implements PageFetcher {

    static final String HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    static final String JSON_ACCEPT = "application/json,*/*;q=0.1";
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");

    private final GuardedHttpClient http;
    private final SiteAccess access;
    private final ScraperProperties properties;
    private final Clock clock;

    StaticPageFetcher(GuardedHttpClient http, SiteAccess access, ScraperProperties properties, Clock clock) {
        this.http = http;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public FetchedPage fetch(URI url) throws FetchException {
        FetchedPage page = fetchAccepting(url, HTML_ACCEPT);
        if (!isHtml(page.contentType(), page.body())) {
            throw new FetchException(FetchFailure.NOT_HTML, "The URL " + url + " is not an HTML page ("
                    + (page.contentType() == null ? "no content type" : page.contentType()) + ").");
        }
        return page;
    }

    /** Fetches a job-board JSON feed under the same rules. */
    public FetchedPage fetchJson(URI url) throws FetchException {
        FetchedPage page = fetchAccepting(url, JSON_ACCEPT);
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.contains("json") && !page.body().stripLeading().startsWith("{") && !page.body().stripLeading().startsWith("[")) {
            throw new FetchException(FetchFailure.NOT_HTML, "The feed at " + url + " is not JSON (" + type + ").");
        }
        return page;
    }

    private FetchedPage fetchAccepting(URI url, String accept) throws FetchException {
        Retry retry = Retry.of("fetch", RetryConfig.<GuardedHttpClient.Exchange>custom()
                .maxAttempts(properties.retryAttempts())
                .retryOnException(error -> error instanceof Busy)
                .intervalBiFunction(backoff())
                .failAfterMaxAttempts(false)
                .build());
        try {
            return Retry.decorateCheckedSupplier(retry, () -> followRedirects(url, accept)).get();
        } catch (Busy busy) {
            throw new FetchException(FetchFailure.RATE_LIMITED, busy.getMessage() + " after "
                    + properties.retryAttempts() + " tries; giving up for now.");
        } catch (FetchException failure) {
            throw failure;
        } catch (Throwable unexpected) {
            throw new FetchException(FetchFailure.UNREACHABLE, "Fetching " + url + " failed: " + unexpected.getMessage(), unexpected);
        }
    }

    /** Waits what the server asked (capped), else a growing delay: backoff, 2x backoff, 4x ... */
    private IntervalBiFunction<GuardedHttpClient.Exchange> backoff() {
        return (attempt, outcome) -> {
            long exponential = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 10);
            Duration asked = outcome.isLeft() && outcome.getLeft() instanceof Busy busy ? busy.retryAfter : null;
            long wait = asked == null ? exponential : asked.toMillis();
            return Math.min(Math.max(wait, 0), properties.maxRetryAfter().toMillis());
        };
    }

    private FetchedPage followRedirects(URI start, String accept) throws FetchException, Busy {
        URI url = start;
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            access.admit(url);
            GuardedHttpClient.Exchange exchange = http.get(url, accept);
            int status = exchange.status();
            if (status >= 300 && status < 400 && exchange.location() != null) {
                url = redirectTarget(url, exchange.location());
                continue;
            }
            if (status == 429 || status == 503) {
                throw new Busy(url.getHost() + " answered " + status + " " + exchange.reasonPhrase(),
                        retryAfter(exchange.retryAfter()));
            }
            if (status >= 400) {
                throw new FetchException(FetchFailure.HTTP_ERROR, "The server answered " + status + " "
                        + exchange.reasonPhrase() + " for " + url + ".");
            }
            return new FetchedPage(start, url, status, exchange.contentType(), decode(exchange), "static", clock.instant());
        }
        throw new FetchException(FetchFailure.TOO_MANY_REDIRECTS, "More than " + properties.maxRedirects()
                + " redirects starting at " + start + ".");
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        try {
            return from.resolve(location.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException bad) {
            throw new FetchException(FetchFailure.INVALID_URL, "The server redirected to a malformed URL: " + location + ".");
        }
    }

    private Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException unparseable) {
                return null;
            }
        }
    }

    static boolean isHtml(String contentType, String body) {
        if (contentType == null || contentType.isBlank()) {
            String start = body.stripLeading().toLowerCase(Locale.ROOT);
            return start.startsWith("<!doctype html") || start.startsWith("<html");
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    /** The charset from the Content-Type header, else from a meta tag near the top, else UTF-8. */
    static String decode(GuardedHttpClient.Exchange exchange) {
        Charset charset = charsetOf(exchange.contentType());
        if (charset == null) {
            String head = new String(exchange.body(), 0, Math.min(exchange.body().length, 4096), StandardCharsets.ISO_8859_1);
            Matcher meta = META_CHARSET.matcher(head);
            charset = meta.find() ? charsetNamed(meta.group(1)) : null;
        }
        return new String(exchange.body(), charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return charsetNamed(trimmed.substring(8).replace("\"", "").trim());
            }
        }
        return null;
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** A 429 or 503: worth another try after the delay the server asked for. */
    static final class Busy extends Exception {
        private final transient Duration retryAfter;

        Busy(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }
    }
}
