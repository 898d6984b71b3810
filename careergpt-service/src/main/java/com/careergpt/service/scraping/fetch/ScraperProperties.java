package com.careergpt.service.scraping.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the scraper fetches: hosts exempt from the SSRF guard, its User-Agent, limits, politeness, back-off on
 * 429/503, and the headless browser.
 *
 * @param allowedHosts {@code host} or {@code host:port} entries (IPv6 as {@code [::1]:8080}) the scraper and webhooks may reach although they are private or loopback; a bare host allows ports 80 and 443 only
 * @param userAgent User-Agent of every request; its first word is the robot name matched in robots.txt
 * @param connectTimeout time to connect, per fetch
 * @param totalTimeout deadline of one fetch, which also ends slow drips
 * @param maxBodySize larger pages fail with {@code TOO_LARGE} without being read
 * @param maxRedirects redirect hops, each checked by the SSRF guard
 * @param politenessDelay minimum time between two requests to one host (robots.txt {@code Crawl-delay} wins when larger)
 * @param retryAttempts tries on 429 and 503
 * @param retryBackoff delay before the second try, doubling for each further one
 * @param maxRetryAfter longest {@code Retry-After} honoured
 * @param browserPath Chromium for pages that need JavaScript; without it such pages end as {@code no_job} with a reason
 * @param browserRecycleAfter pages one browser process loads before it is replaced
 * @param browserTimeout time for a page to load in the browser
 */
@Validated
@ConfigurationProperties("careergpt.scraper")
public record ScraperProperties(
        @DefaultValue("") List<String> allowedHosts,
        @DefaultValue("CareerGPTBot/0.1 (+https://github.com/careergpt/careergpt; job-post collector)") @NotBlank String userAgent,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("20s") @NotNull Duration totalTimeout,
        @DefaultValue("5MB") @NotNull DataSize maxBodySize,
        @DefaultValue("5") @Min(0) @Max(20) int maxRedirects,
        @DefaultValue("1s") @NotNull Duration politenessDelay,
        @DefaultValue("3") @Min(1) @Max(10) int retryAttempts,
        @DefaultValue("1s") @NotNull Duration retryBackoff,
        @DefaultValue("30s") @NotNull Duration maxRetryAfter,
        @DefaultValue("/usr/bin/chromium") @NotNull Path browserPath,
        @DefaultValue("50") @Min(1) int browserRecycleAfter,
        @DefaultValue("15s") @NotNull Duration browserTimeout) {
}
