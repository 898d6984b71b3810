package com.careergpt.service.scraping.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt per origin (crawler-commons' parser, cached for an hour). The file is fetched through the same guarded
 * client; a missing file allows everything, a server error disallows everything for now (RFC 9309).
 */
class RobotsPolicy {

    private static final Duration ROBOTS_TIMEOUT = Duration.ofSeconds(10);

    private final GuardedHttpClient http;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> robotNames;
    private final Cache<String, BaseRobotRules> rules = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

    RobotsPolicy(GuardedHttpClient http, String userAgent) {
        this.http = http;
        this.robotNames = List.of(userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT));
    }

    /** Refuses a URL robots.txt disallows; returns the site's Crawl-delay (zero when none). */
    Duration check(URI url) throws FetchException {
        BaseRobotRules site = rulesFor(url);
        if (!site.isAllowed(url.toString())) {
            throw new FetchException(FetchFailure.ROBOTS_DISALLOWED,
                    "robots.txt of " + url.getHost() + " disallows " + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath()) + ".");
        }
        long delay = site.getCrawlDelay();
        return delay > 0 ? Duration.ofMillis(delay) : Duration.ZERO;
    }

    private BaseRobotRules rulesFor(URI url) throws FetchException {
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        BaseRobotRules cached = rules.getIfPresent(origin);
        if (cached != null) {
            return cached;
        }
        URI robotsUrl = URI.create(origin + "/robots.txt");
        BaseRobotRules parsed;
        try {
            GuardedHttpClient.Exchange exchange = http.get(robotsUrl, "text/plain, */*;q=0.5", ROBOTS_TIMEOUT);
            parsed = exchange.status() == 200
                    ? parser.parseContent(robotsUrl.toString(), exchange.body(),
                            exchange.contentType() == null ? "text/plain" : exchange.contentType(), robotNames)
                    : parser.failedFetch(exchange.status());
        } catch (FetchException unreachable) {
            if (unreachable.failure() == FetchFailure.BLOCKED_ADDRESS) {
                throw unreachable;
            }
            parsed = parser.failedFetch(599);
            rules.put(origin, parsed);
            throw unreachable;
        }
        rules.put(origin, parsed);
        return parsed;
    }
}
