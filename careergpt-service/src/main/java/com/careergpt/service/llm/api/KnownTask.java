package com.careergpt.service.llm.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The name of an {@link com.careergpt.service.llm.LlmTask}, as its JSON name (e.g. {@code job_summary}). */
@Documented
@Constraint(validatedBy = KnownTaskValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface KnownTask {

    String message() default "Name a known task.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
