package com.careergpt.service.resumes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResumeProperties.class)
class ResumesConfiguration {
}
