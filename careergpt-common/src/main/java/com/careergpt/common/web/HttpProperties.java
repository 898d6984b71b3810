package com.careergpt.common.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request size limits every endpoint of a service shares.
 *
 * @param maxBodyBytes largest request body other than a multipart upload; larger ones get 413 before being read
 * @param maxUploadBytes largest {@code multipart/form-data} request to one of the {@code uploadPaths} (their own
 *        limits are lower); a multipart request anywhere else gets {@code maxBodyBytes}
 * @param uploadPaths path prefixes that take multipart uploads
 * @param largeBodyBytes bodies above this size (and chunked ones) need one of {@code maxConcurrentLargeBodies}
 *        slots while they are read and handled; with every slot taken the answer is 503 with {@code Retry-After}
 * @param maxConcurrentLargeBodies large bodies read and handled at once
 */
@Validated
@ConfigurationProperties("careergpt.http")
public record HttpProperties(
        @DefaultValue("2MB") @NotNull DataSize maxBodyBytes,
        @DefaultValue("21MB") @NotNull DataSize maxUploadBytes,
        @DefaultValue List<String> uploadPaths,
        @DefaultValue("64KB") @NotNull DataSize largeBodyBytes,
        @DefaultValue("4") @Positive int maxConcurrentLargeBodies) {
}
