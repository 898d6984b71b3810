package com.careergpt.service.scraping.dedup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DedupProperties.class)
class DedupConfiguration {

    @Bean
    PostingFingerprints postingFingerprints(DedupProperties settings) {
        return new PostingFingerprints(settings);
    }
}
