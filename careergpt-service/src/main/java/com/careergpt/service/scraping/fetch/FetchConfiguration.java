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
    SiteAccess siteAccess(SsrfGuard guard, RobotsPolicy robots, HostPoliteness politeness) {
        return new SiteAccess(guard, robots, politeness);
    }

    @Bean
    StaticPageFetcher staticPageFetcher(GuardedHttpClient http, SiteAccess access, ScraperProperties properties,
            Clock clock) {
        return new StaticPageFetcher(http, access, properties, clock);
    }

    @Bean(destroyMethod = "close")
    BrowserPageFetcher browserPageFetcher(GuardedHttpClient http, SsrfGuard guard, SiteAccess access,
            ScraperProperties properties, Clock clock) {
        return new BrowserPageFetcher(http, guard, access, properties, clock);
    }

    @Bean
    PageFetchers pageFetchers(StaticPageFetcher staticFetcher, BrowserPageFetcher browserFetcher) {
        return new PageFetchers(staticFetcher, browserFetcher);
    }
}
