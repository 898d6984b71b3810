package com.careergpt.common.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request size limits every endpoint of a service shares.
 *
 * @param maxBodyBytes largest request body other than a multipart upload; larger ones get 413 before being read
 * @param maxUploadBytes largest {@code multipart/form-data} request (the upload endpoints' own limits are lower)
 */
@Validated
@ConfigurationProperties("careergpt.http")
public record HttpProperties(
        @DefaultValue("2MB") @NotNull DataSize maxBodyBytes,
        @DefaultValue("21MB") @NotNull DataSize maxUploadBytes) {
}
