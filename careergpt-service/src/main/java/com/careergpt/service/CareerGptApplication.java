package com.careergpt.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.careergpt.common.aot.AheadOfTimeStart;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CareerGptApplication {

    public static void main(String[] args) {
        AheadOfTimeStart.offerFor(CareerGptApplication.class);
        SpringApplication.run(CareerGptApplication.class, args);
    }
}
