package com.careergpt.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Two components of a record that bound a range, in order: {@link #first} not after {@link #then} (or, with
 * {@link #strict}, before it), where both are given. The violation names {@link #field}, else {@code first}:
 * {@code @InOrder(first = "salaryMin", then = "salaryMax", message = "salaryMin must not exceed salaryMax.")}.
 */
@Documented
@Constraint(validatedBy = InOrder.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(InOrder.List.class)
public @interface InOrder {

    /** The record component that starts the range. */
    String first();

    /** The record component that ends it. */
    String then();

    /** Whether {@code then} must be after {@code first}, not equal to it. */
    boolean strict() default false;

    /** The component the problem names; {@code first} if empty. */
    String field() default "";

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {

        InOrder[] value();
    }

    class Validator implements ConstraintValidator<InOrder, Record> {

        private InOrder order;

        @Override
        public void initialize(InOrder constraint) {
            this.order = constraint;
        }

        @Override
        public boolean isValid(Record range, ConstraintValidatorContext context) {
            Comparable<Object> first = component(range, order.first());
            Object then = component(range, order.then());
            if (first == null || then == null) {
                return true;
            }
            int comparison = first.compareTo(then);
            if (order.strict() ? comparison < 0 : comparison <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(order.field().isEmpty() ? order.first() : order.field())
                    .addConstraintViolation();
            return false;
        }

        @SuppressWarnings("unchecked")
        private static Comparable<Object> component(Record range, String name) {
            if (range == null) {
                return null;
            }
            RecordComponent component = Arrays.stream(range.getClass().getRecordComponents())
                    .filter(each -> each.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(range.getClass() + " has no component " + name));
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return (Comparable<Object>) accessor.invoke(range);
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("Cannot read " + name + " of " + range.getClass(), ex);
            }
        }
    }
}
