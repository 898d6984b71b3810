package com.careergpt.service.security;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SecurityWebConfiguration implements WebMvcConfigurer {

    private final AccessGate accessGate;
    private final CallerArgumentResolver callerArgumentResolver;

    SecurityWebConfiguration(AccessGate accessGate, CallerArgumentResolver callerArgumentResolver) {
        this.accessGate = accessGate;
        this.callerArgumentResolver = callerArgumentResolver;
    }

    @Bean
    static BeanPostProcessor actionCompletionInstaller() {
        return ActionCompletion.installer();
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
