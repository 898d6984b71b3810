package com.careergpt.common.web;

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
 * A {@link PageParams} that starts within the first {@link #value} items of a listing that can only be paged that
 * deep (a ranking computed for each request): {@code page * size} below it. The violation names {@code page}.
 */
@Documented
@Constraint(validatedBy = PageWithin.Validator.class)
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageWithin {

    /** How many items of the listing can be paged through. */
    int value();

    String message() default "page * size must stay below {value}: only the first {value} results can be paged "
            + "through.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PageWithin, PageParams> {

        private int items;

        @Override
        public void initialize(PageWithin constraint) {
            this.items = constraint.value();
        }

        @Override
        public boolean isValid(PageParams paging, ConstraintValidatorContext context) {
            if (paging == null || (long) paging.page() * paging.size() < items) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("page").addConstraintViolation();
            return false;
        }
    }
}
