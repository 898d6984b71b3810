package com.careergpt.service.llm.embedding;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BundledEmbeddingModel bundledEmbeddingModel() {
        return new BundledEmbeddingModel();
    }
}
