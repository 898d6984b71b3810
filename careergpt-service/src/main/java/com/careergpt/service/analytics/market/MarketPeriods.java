package com.careergpt.service.analytics.market;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A {@link MarketFilter} whose days are in order ({@code from} not after {@code to}) and whose compared period is
 * given whole ({@code compareFrom} and {@code compareTo}, or neither) and in order.
 */
@Documented
@Constraint(validatedBy = MarketPeriods.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface MarketPeriods {

    String message() default "from must not be after to.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MarketPeriods, MarketFilter> {

        @Override
        public boolean isValid(MarketFilter filter, ConstraintValidatorContext context) {
            if (filter == null) {
                return true;
            }
            if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
                return violation(context, "from", "from must not be after to.");
            }
            if ((filter.compareFrom() == null) != (filter.compareTo() == null)) {
                return violation(context, filter.compareFrom() == null ? "compareFrom" : "compareTo",
                        "Give both compareFrom and compareTo, or neither.");
            }
            if (filter.compareFrom() != null && filter.compareFrom().isAfter(filter.compareTo())) {
                return violation(context, "compareFrom", "compareFrom must not be after compareTo.");
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
