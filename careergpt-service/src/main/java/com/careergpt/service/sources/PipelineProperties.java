package com.careergpt.service.sources;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the pipeline: JobRunr's own connection pool, the schedule a saved source gets when none is given (cron,
 * UTC), the shortest time a source's schedule may leave between two runs, how old a signed inbound hook may be and
 * how often it may start a run of one source, and outgoing webhooks' timeout and attempts.
 *
 * @param jobsPoolSize connections of JobRunr's own pool on the service's database
 * @param defaultSchedule cron (UTC) of a saved source that gives none
 * @param signatureTolerance how far an inbound hook's timestamp may be from now (replay window)
 * @param webhookTimeout time one outgoing delivery may take
 * @param webhookAttempts attempts before an outgoing delivery is given up
 * @param minScheduleInterval shortest time a source's schedule may leave between two runs
 * @param minHookInterval shortest time between two runs a source's signed inbound hook starts
 */
@Validated
@ConfigurationProperties("careergpt.pipeline")
public record PipelineProperties(
        @DefaultValue("3") @Min(2) @Max(50) int jobsPoolSize,
        @DefaultValue("0 3 * * *") @NotBlank String defaultSchedule,
        @DefaultValue("5m") @NotNull Duration signatureTolerance,
        @DefaultValue("10s") @NotNull Duration webhookTimeout,
        @DefaultValue("6") @Min(1) @Max(20) int webhookAttempts,
        @DefaultValue("15m") @NotNull Duration minScheduleInterval,
        @DefaultValue("1m") @NotNull Duration minHookInterval) {
}
