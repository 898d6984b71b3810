package com.careergpt.service.resumes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Resume uploads.
 *
 * @param maxUploadBytes largest resume file accepted (PDF, DOCX or text); larger ones get a 413 problem
 */
@Validated
@ConfigurationProperties("careergpt.resumes")
public record ResumeProperties(@DefaultValue("5MB") @NotNull DataSize maxUploadBytes) {
}
