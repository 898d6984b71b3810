package com.careergpt.service.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * When an incident opens. Each rule is checked every {@code checkInterval}; an incident stays open while its
 * condition holds and resolves once when it no longer does.
 *
 * @param checkInterval           how often the rules are evaluated
 * @param providerWindow          window of the provider error-rate rule
 * @param providerErrorRate       share of failed calls of one provider in the window that opens an incident
 * @param providerMinCalls        fewer calls than this in the window never open one (too little to judge)
 * @param userSpendWindow         rolling window of the spend rule
 * @param userSpendUsd            estimated LLM cost of one user in the window that opens an incident
 * @param guestWindow             window of the guest-creation rule
 * @param guestCreations          new guests in the window (all addresses) that open an incident
 */
@Validated
@ConfigurationProperties("careergpt.alerts")
public record AlertProperties(
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("10m") Duration providerWindow,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double providerErrorRate,
        @DefaultValue("5") @Min(1) int providerMinCalls,
        @DefaultValue("24h") Duration userSpendWindow,
        @DefaultValue("5") @DecimalMin("0") double userSpendUsd,
        @DefaultValue("10m") Duration guestWindow,
        @DefaultValue("200") @Min(1) long guestCreations) {
}
