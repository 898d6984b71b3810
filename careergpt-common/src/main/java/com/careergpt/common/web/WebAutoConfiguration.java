package com.careergpt.common.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** What every CareerGPT service's web layer shares: problem+json errors and request ids. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAutoConfiguration {

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter(Environment environment) {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(
                new RequestIdFilter(environment.getProperty("spring.application.name", "application")));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
