package com.careergpt.service.skills;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SkillsConfiguration {

    /** Read on a thread of its own while the rest of the context is created. */
    @Bean
    SkillTaxonomy skillTaxonomy() {
        return SkillTaxonomy.bundledInBackground();
    }

    /** Once every singleton is created, waits for the taxonomy: one that cannot be read fails start-up. */
    @Bean
    SmartInitializingSingleton skillTaxonomyRead(SkillTaxonomy taxonomy) {
        return taxonomy::skills;
    }
}
