package com.careergpt.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/** HTTP limits of identity-service. */
@Validated
@ConfigurationProperties("careergpt.identity.http")
public record HttpProperties(@DefaultValue("16384") @Positive long maxBodyBytes) {
}
