package com.careergpt.service.scraping.collect;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Recognises job-board feed URLs (Greenhouse {@code /v1/boards/{board}/jobs}, Lever {@code /v0/postings/{company}})
 * under the configured base URLs and returns the URL to fetch, with the parameters that make the feed carry full
 * descriptions ({@code content=true}, {@code mode=json}).
 */
@Component
class FeedSources {

    enum Board { GREENHOUSE, LEVER }

    record FeedUrl(Board board, URI url) {
    }

    private static final Pattern GREENHOUSE_PATH = Pattern.compile("/v1/boards/[^/]+/jobs/?");
    private static final Pattern LEVER_PATH = Pattern.compile("/v0/postings/[^/]+/?");

    private final URI greenhouse;
    private final URI lever;

    FeedSources(CollectionProperties properties) {
        this.greenhouse = URI.create(properties.greenhouseBaseUrl());
        this.lever = URI.create(properties.leverBaseUrl());
    }

    Optional<FeedUrl> recognise(URI url) {
        if (sameOrigin(url, greenhouse) && matches(GREENHOUSE_PATH, url, greenhouse)) {
            return Optional.of(new FeedUrl(Board.GREENHOUSE,
                    UriComponentsBuilder.fromUri(url).replaceQueryParam("content", "true").build(true).toUri()));
        }
        if (sameOrigin(url, lever) && matches(LEVER_PATH, url, lever)) {
            return Optional.of(new FeedUrl(Board.LEVER,
                    UriComponentsBuilder.fromUri(url).replaceQueryParam("mode", "json").build(true).toUri()));
        }
        return Optional.empty();
    }

    private static boolean sameOrigin(URI url, URI base) {
        return base.getScheme().equalsIgnoreCase(url.getScheme()) && base.getHost().equalsIgnoreCase(url.getHost())
                && port(base) == port(url);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean matches(Pattern pattern, URI url, URI base) {
        String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/$", "");
        String path = url.getPath() == null ? "" : url.getPath();
        if (!path.startsWith(basePath)) {
            return false;
        }
        Matcher matcher = pattern.matcher(path.substring(basePath.length()));
        return matcher.matches();
    }
}
