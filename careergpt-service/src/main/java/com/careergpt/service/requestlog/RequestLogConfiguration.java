package com.careergpt.service.requestlog;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;

import com.careergpt.service.errors.ErrorReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class RequestLogConfiguration {

    /** Right after the request id filter, around everything else, so refused requests are logged too. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter(RequestLogWriter writer, Clock clock,
            ErrorReports errors) {
        FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(
                new RequestLogFilter(writer, clock, errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
