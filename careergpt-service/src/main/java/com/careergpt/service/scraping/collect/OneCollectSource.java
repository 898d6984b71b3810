package com.careergpt.service.scraping.collect;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A {@link CollectRequest} names exactly one source within the configured limits: one of url, urls, html or text
 * (html and text with at most the absolute address they were copied from), at most
 * {@code careergpt.collect.max-urls} URLs and {@code max-inline-chars} of pasted content.
 */
@Documented
@Constraint(validatedBy = OneCollectSourceValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OneCollectSource {

    String message() default "Give exactly one of url, urls, html or text (html and text may come with the url they "
            + "were copied from).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
