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

/** A {@link MarketFilter} with both ends of its compared period or neither; the violation names the missing one. */
@Documented
@Constraint(validatedBy = WholeComparedPeriod.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface WholeComparedPeriod {

    String message() default "Give both compareFrom and compareTo, or neither.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeComparedPeriod, MarketFilter> {

        @Override
        public boolean isValid(MarketFilter filter, ConstraintValidatorContext context) {
            if (filter == null || (filter.compareFrom() == null) == (filter.compareTo() == null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(filter.compareFrom() == null ? "compareFrom" : "compareTo")
                    .addConstraintViolation();
            return false;
        }
    }
}
