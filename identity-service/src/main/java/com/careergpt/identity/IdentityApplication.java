package com.careergpt.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.careergpt.common.aot.AheadOfTimeStart;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IdentityApplication {

    /**
     * Its settings live in {@code identity-service.yml}, not {@code application.yml}, so that careergpt-service's
     * tests can run this service in the same JVM without the two reading each other's configuration.
     */
    public static final String CONFIG_NAME = "identity-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IdentityApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        AheadOfTimeStart.offerFor(IdentityApplication.class);
        application().run(args);
    }
}
