package com.careergpt.service.skills;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SkillsConfiguration {

    @Bean
    SkillTaxonomy skillTaxonomy() {
        return SkillTaxonomy.bundled();
    }
}
