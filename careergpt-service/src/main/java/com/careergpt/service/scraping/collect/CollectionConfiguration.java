package com.careergpt.service.scraping.collect;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Collections run as JobRunr jobs (see {@link CollectionJobs}); their workers are JobRunr's. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollectionProperties.class)
class CollectionConfiguration {
}
