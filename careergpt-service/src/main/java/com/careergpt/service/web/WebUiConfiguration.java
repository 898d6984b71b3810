package com.careergpt.service.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web-ui module's pages: {@code /} shows demo.html, {@code /admin} admin.html. Their security headers come
 * from the security filter chain, like every other response's.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/demo.html");
        registry.addViewController("/admin").setViewName("forward:/admin.html");
    }
}
