package com.careergpt.service.scraping.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link JobFilter} whose {@code salaryMin} does not exceed its {@code salaryMax}. */
@Documented
@Constraint(validatedBy = SalaryRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SalaryRange {

    String message() default "salaryMin must not exceed salaryMax.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SalaryRange, JobFilter> {

        @Override
        public boolean isValid(JobFilter filter, ConstraintValidatorContext context) {
            if (filter == null || filter.salaryMin() == null || filter.salaryMax() == null
                    || filter.salaryMin().compareTo(filter.salaryMax()) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("salaryMin").addConstraintViolation();
            return false;
        }
    }
}
