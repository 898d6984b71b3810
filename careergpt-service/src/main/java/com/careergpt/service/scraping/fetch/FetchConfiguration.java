package com.careergpt.service.scraping.fetch;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScraperProperties.class)
class FetchConfiguration {

    @Bean
    SsrfGuard ssrfGuard(ScraperProperties properties) {
        return new SsrfGuard(properties.allowedHosts());
    }

    @Bean(destroyMethod = "close")
    GuardedHttpClient guardedHttpClient(SsrfGuard guard, ScraperProperties properties) {
        return new GuardedHttpClient(guard, properties);
    }

    @Bean
    RobotsPolicy robotsPolicy(GuardedHttpClient http, ScraperProperties properties) {
        return new RobotsPolicy(http, properties.userAgent());
    }

    @Bean
    HostPoliteness hostPoliteness(ScraperProperties properties) {
        return new HostPoliteness(properties.politenessDelay());
    }

    @Bean
    StaticPageFetcher staticPageFetcher(GuardedHttpClient http, SsrfGuard guard, RobotsPolicy robots,
            HostPoliteness politeness, ScraperProperties properties, Clock clock) {
        return new StaticPageFetcher(http, guard, robots, politeness, properties, clock);
    }

    @Bean(destroyMethod = "close")
    BrowserPageFetcher browserPageFetcher(GuardedHttpClient http, SsrfGuard guard, RobotsPolicy robots,
            HostPoliteness politeness, ScraperProperties properties, Clock clock) {
        return new BrowserPageFetcher(http, guard, robots, politeness, properties, clock);
    }

    @Bean
    PageFetchers pageFetchers(StaticPageFetcher staticFetcher, BrowserPageFetcher browserFetcher) {
        return new PageFetchers(staticFetcher, browserFetcher);
    }
}
