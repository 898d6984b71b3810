package com.careergpt.service.web;

import java.util.Set;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web-ui module's pages: {@code /} shows demo.html, {@code /admin} admin.html; pages get a strict
 * Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

    static final Set<String> PAGES = Set.of("/", "/demo.html", "/admin", "/admin.html");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/demo.html");
        registry.addViewController("/admin").setViewName("forward:/admin.html");
    }

    @Bean
    FilterRegistrationBean<PageSecurityHeadersFilter> pageSecurityHeadersFilter() {
        FilterRegistrationBean<PageSecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new PageSecurityHeadersFilter(PAGES));
        registration.addUrlPatterns("/*");
        return registration;
    }
}
