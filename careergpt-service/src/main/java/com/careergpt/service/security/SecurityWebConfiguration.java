package com.careergpt.service.security;

import java.time.Clock;
import java.util.List;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.web.ProblemWriter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SecurityWebConfiguration implements WebMvcConfigurer {

    /** After the request id and request log filters, so a refused token is logged with its id. */
    static final int CALLER_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final AccessGate accessGate;
    private final CallerArgumentResolver callerArgumentResolver;

    SecurityWebConfiguration(AccessGate accessGate, CallerArgumentResolver callerArgumentResolver) {
        this.accessGate = accessGate;
        this.callerArgumentResolver = callerArgumentResolver;
    }

    @Bean
    FilterRegistrationBean<CallerFilter> callerFilter(AccessTokens tokens, Clock clock, ProblemWriter problems) {
        FilterRegistrationBean<CallerFilter> registration = new FilterRegistrationBean<>(
                new CallerFilter(new VerifiedTokenCache(tokens, clock), problems));
        registration.setOrder(CALLER_FILTER_ORDER);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(accessGate).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerArgumentResolver);
    }
}
