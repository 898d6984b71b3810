package com.careergpt.service.logs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link LogSearchParams} whose {@code to} is after {@code from} and whose latency range is not upside down. */
@Documented
@Constraint(validatedBy = LogSearchRanges.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LogSearchRanges {

    String message() default "to must be after from.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LogSearchRanges, LogSearchParams> {

        @Override
        public boolean isValid(LogSearchParams search, ConstraintValidatorContext context) {
            if (search == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
                context.buildConstraintViolationWithTemplate("to must be after from.").addPropertyNode("to")
                        .addConstraintViolation();
                return false;
            }
            if (search.minLatencyMs() != null && search.maxLatencyMs() != null
                    && search.minLatencyMs() > search.maxLatencyMs()) {
                context.buildConstraintViolationWithTemplate("minLatencyMs must not exceed maxLatencyMs.")
                        .addPropertyNode("minLatencyMs").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
