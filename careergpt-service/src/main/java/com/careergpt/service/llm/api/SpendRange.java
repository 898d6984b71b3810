package com.careergpt.service.llm.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link SpendQuery} whose {@code from} is not after {@code to} and that spans at most {@link #MAX_DAYS} days. */
@Documented
@Constraint(validatedBy = SpendRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SpendRange {

    int MAX_DAYS = 366;

    String message() default "from is after to.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SpendRange, SpendQuery> {

        @Override
        public boolean isValid(SpendQuery query, ConstraintValidatorContext context) {
            if (query == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (query.first().isAfter(query.last())) {
                context.buildConstraintViolationWithTemplate("from is after to.").addPropertyNode("from")
                        .addConstraintViolation();
                return false;
            }
            if (ChronoUnit.DAYS.between(query.first(), query.last()) >= MAX_DAYS) {
                context.buildConstraintViolationWithTemplate("A report spans at most " + MAX_DAYS + " days.")
                        .addPropertyNode("from").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
