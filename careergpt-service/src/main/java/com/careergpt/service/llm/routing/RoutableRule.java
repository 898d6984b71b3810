package com.careergpt.service.llm.routing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A {@link RouteRule} names a known task and tier (or {@code *}) and only installed providers. */
@Documented
@Constraint(validatedBy = RoutableRuleValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface RoutableRule {

    String message() default "The route names an unknown task, tier or provider.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
